import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Build tool (run by the jar build, not part of the app): writes a TrueType subset of a CJK font that
 * keeps every character of GB 2312 (the set 仿宋_GB2312 itself covers), the rest of the CJK Unified
 * Ideographs that GBK encodes (names with rarer characters), ASCII, Latin-1, general punctuation, CJK
 * symbols and full-width forms. The result is a standalone font with its own cmap, so a character
 * left out reads as missing rather than printing blank.
 *   usage: java -cp fontbox… src/build/java/FontSubset.java IN.ttf OUT.ttf gb2312|gbk
 */
public final class FontSubset {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String set = args.length > 2 ? args[2] : "gb2312";
        TreeSet<Integer> keep = new TreeSet<>();
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
        for (int cp = 0x20; cp <= 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            char c = (char) cp;
            boolean hanzi = cp >= 0x4E00 && cp <= 0x9FFF;
            if (cp < 0x250 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F)
                    || (cp >= 0xFF00 && cp <= 0xFFEF) || gb2312.canEncode(c)
                    || (set.equals("gbk") && hanzi && gbk.canEncode(c))) {
                keep.add(cp);
            }
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(in.toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            subsetter.addAll(keep);
            Path part = out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part))) {
                subsetter.writeToStream(o);
            }
            Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.err.printf("FontSubset: %s -> %s (%d characters, %d bytes)%n", in.getFileName(), out.getFileName(),
                keep.size(), Files.size(out));
    }
}
