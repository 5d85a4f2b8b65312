package org.selfeval.exchange;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import org.selfeval.model.Report;

/**
 * The report JSON format (src/site/markdown/report-format.md): an envelope
 * {@code {"format":"selfeval-report","formatVersion":2,"report":{…}}} around one {@link Report}.
 * Version 2 adds exact amounts (up to six decimals in 万元, or text with a unit), stated figures
 * beside the computed ones, and the fields of other regions' reports; every version-1 file reads
 * as it did, since version 2 only adds. A file of a later version is refused: "请升级程序".
 */
public final class ReportJson {
    public static final String FORMAT = "selfeval-report";
    public static final int FORMAT_VERSION = 2;
    /** The oldest version this program reads. */
    public static final int OLDEST_VERSION = 1;

    private static final ObjectMapper MAPPER = strict(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(StatedJson.module())
            .addMixIn(Report.class, ReportMixin.class)
            .addMixIn(org.selfeval.model.DepartmentSheet.class, ReportMixin.SheetMixin.class)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // only record components: derived values such as isLarge() are not part of the format
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build());

    /**
     * The format is read exactly as report-format.md says: no value is turned into another type on the
     * way in — a number or a boolean in a text field, "" or a boolean for an amount, a number for an
     * enumeration or a date are refused, each with its field named.
     */
    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    private ReportJson() {
    }

    public static Report read(Path file) throws ReportFormatException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportFormatException(name, "", "文件不存在");
        } catch (IOException e) {
            throw new ReportFormatException(name, "", "无法读取文件（" + e.getClass().getSimpleName() + "）");
        }
        return read(decode(bytes, name), name);
    }

    public static Report read(InputStream in, String sourceName) throws ReportFormatException {
        try {
            return read(decode(in.readAllBytes(), sourceName), sourceName);
        } catch (IOException e) {
            throw new ReportFormatException(sourceName, "", "无法读取（" + e.getClass().getSimpleName() + "）");
        }
    }

    /** The file's text: UTF-8, or GBK/GB18030 as Notepad saves it; never replacement characters. */
    private static String decode(byte[] bytes, String name) throws ReportFormatException {
        try {
            return TextDecoding.decode(bytes).text();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ReportFormatException(name, "", "文件编码无法识别（既不是 UTF-8 也不是 GBK/GB18030），请用记事本另存为 UTF-8 后再导入");
        }
    }

    public static Report read(String json, String sourceName) throws ReportFormatException {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a UTF-8 byte order mark, as Windows Notepad writes it
        }
        JsonNode root;
        try {
            root = MAPPER.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        } catch (JsonProcessingException e) {
            throw translate(e, sourceName);
        }
        if (root == null || !root.isObject()) {
            throw new ReportFormatException(sourceName, "", "不是报告 JSON：顶层应为对象");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ReportFormatException(sourceName, "format", "不是本工具的报告文件（应为 \"" + FORMAT + "\"）");
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isInt()) {
            throw new ReportFormatException(sourceName, "formatVersion", "缺少格式版本号");
        }
        if (version.intValue() < OLDEST_VERSION) {
            throw new ReportFormatException(sourceName, "formatVersion", "格式版本号 " + version.intValue() + " 不存在（应为 "
                    + OLDEST_VERSION + " 到 " + FORMAT_VERSION + "）");
        }
        if (version.intValue() > FORMAT_VERSION) {
            throw new ReportFormatException(sourceName, "formatVersion",
                    "文件格式版本 " + version.intValue() + " 比本程序支持的版本 " + FORMAT_VERSION + " 新，请升级程序");
        }
        JsonNode report = root.path("report");
        if (!report.isObject()) {
            throw new ReportFormatException(sourceName, "report", "缺少报告内容");
        }
        NumberCheck.check(report, "report", false, sourceName);
        try {
            Report r = MAPPER.treeToValue(report, Report.class);
            if (r.id() == null || r.id().isBlank()) {
                throw new ReportFormatException(sourceName, "report.id", "缺少报告 id（每份报告在工作区中的标识）");
            }
            return r;
        } catch (JsonProcessingException e) {
            throw translate(e, sourceName);
        } catch (IllegalArgumentException e) {
            throw new ReportFormatException(sourceName, "report", e.getMessage());
        }
    }

    public static String write(Report report) {
        try {
            var envelope = MAPPER.createObjectNode();
            envelope.put("format", FORMAT);
            envelope.put("formatVersion", FORMAT_VERSION);
            envelope.set("report", MAPPER.valueToTree(report));
            return MAPPER.writeValueAsString(envelope) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("报告无法写成 JSON", e);
        }
    }

    /** Writes to a temporary file beside the target and moves it into place. */
    public static void write(Report report, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, write(report), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static ReportFormatException translate(JsonProcessingException e, String source) {
        if (e instanceof JsonParseException || e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token")) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列";
            return new ReportFormatException(source, "", "JSON 语法错误，" + where + "：" + syntaxProblem(e.getOriginalMessage()));
        }
        String path = "";
        if (e instanceof JsonMappingException m) {
            path = "report" + m.getPath().stream().map(ref -> ref.getFieldName() != null
                    ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new ReportFormatException(source, path, "未知字段 \"" + u.getPropertyName() + "\"");
        }
        if (e instanceof InvalidFormatException f) {
            return new ReportFormatException(source, path, "值 \"" + f.getValue() + "\" 的类型不对，应为" + typeName(f.getTargetType()));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return new ReportFormatException(source, path, v.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException mi) {
            return new ReportFormatException(source, path, "值的类型不对，应为" + typeName(mi.getTargetType()));
        }
        return new ReportFormatException(source, path, e.getOriginalMessage());
    }

    /** What Jackson's English parser message means, in Chinese (the English never reaches the clerk). */
    static String syntaxProblem(String message) {
        String m = message == null ? "" : message;
        java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate field '([^']*)'").matcher(m);
        if (dup.find()) {
            return "字段“" + dup.group(1) + "”出现了两次（同一对象中字段不能重复）";
        }
        if (m.startsWith("Trailing token")) {
            return "报告内容结束后还有多余的文字";
        }
        if (m.contains("end-of-input")) {
            return "文件在此处意外结束，内容可能不完整";
        }
        if (m.contains("Unexpected character") || m.contains("Unrecognized token")) {
            return "此处的字符不合 JSON 语法（请检查引号、逗号和括号）";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Illegal character")) {
            return "此处有无法识别的字符（文件可能不是 UTF-8 编码）";
        }
        return "不是有效的 JSON";
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "正确的类型";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "数字";
        }
        if (type == String.class) {
            return "文本";
        }
        if (type.isEnum()) {
            return "以下之一：" + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "列表";
        }
        return "对象（" + type.getSimpleName() + "）";
    }
}
