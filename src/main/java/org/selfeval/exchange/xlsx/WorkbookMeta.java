package org.selfeval.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The projects' {@link ProjectMeta} as a custom XML data part of the workbook (customXml/item1.xml,
 * with its itemProps): not in any cell, so nothing internal shows, prints or is copied with the form;
 * Excel and WPS keep such parts when they save. One {@code <sheet name="…">} per project sheet.
 */
public final class WorkbookMeta {
    static final String NS = "urn:selfeval:xlsx-meta:1";
    private static final String CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    private static final String CUSTOM_XML_PROPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
    private static final String ITEM = "/customXml/item1.xml";
    private static final String ITEM_PROPS = "/customXml/itemProps1.xml";
    private static final String ITEM_ID = "{6B1C8E0A-5E1F-4C4B-9C2A-2F0D5E7A9B31}";

    private WorkbookMeta() {
    }

    public static void write(XSSFWorkbook wb, Map<String, ProjectMeta> bySheet) throws IOException {
        try {
            PackagePartName itemName = PackagingURIHelper.createPartName(ITEM);
            PackagePart item = wb.getPackage().createPart(itemName, "application/xml");
            try (OutputStream out = item.getOutputStream()) {
                serialize(document(bySheet), out);
            }
            wb.getPackagePart().addRelationship(itemName, TargetMode.INTERNAL, CUSTOM_XML);
            PackagePartName propsName = PackagingURIHelper.createPartName(ITEM_PROPS);
            PackagePart props = wb.getPackage().createPart(propsName,
                    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
            try (OutputStream out = props.getOutputStream()) {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                        + "<ds:datastoreItem ds:itemID=\"" + ITEM_ID + "\" "
                        + "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                        + "<ds:schemaRefs><ds:schemaRef ds:uri=\"" + NS + "\"/></ds:schemaRefs></ds:datastoreItem>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            item.addRelationship(propsName, TargetMode.INTERNAL, CUSTOM_XML_PROPS);
        } catch (InvalidFormatException | ParserConfigurationException | TransformerException e) {
            throw new IOException("无法写入工作簿的项目标识数据", e);
        }
    }

    /** The meta of each sheet by sheet name; empty for a workbook without the part (older exports, other tools). */
    public static Map<String, ProjectMeta> read(XSSFWorkbook wb) throws IOException {
        Map<String, ProjectMeta> out = new LinkedHashMap<>();
        try {
            for (PackageRelationship rel : wb.getPackagePart().getRelationshipsByType(CUSTOM_XML)) {
                PackagePart part = wb.getPackagePart().getRelatedPart(rel);
                try (InputStream in = part.getInputStream()) {
                    Document doc = parser().newDocumentBuilder().parse(in);
                    if (NS.equals(doc.getDocumentElement().getNamespaceURI())) {
                        parse(doc, out);
                    }
                }
            }
        } catch (InvalidFormatException | ParserConfigurationException | SAXException e) {
            throw new IOException("工作簿中的项目标识数据已损坏（" + e.getMessage() + "）", e);
        }
        return out;
    }

    private static Document document(Map<String, ProjectMeta> bySheet) throws ParserConfigurationException {
        Document doc = parser().newDocumentBuilder().newDocument();
        Element root = doc.createElementNS(NS, "projects");
        doc.appendChild(root);
        bySheet.forEach((sheet, m) -> {
            Element e = doc.createElementNS(NS, "sheet");
            e.setAttribute("name", sheet);
            text(doc, e, "id", m.id());
            text(doc, e, "code", m.code());
            text(doc, e, "adjustmentReason", m.adjustmentReason());
            text(doc, e, "reportText", m.reportText());
            m.texts().forEach((name, value) -> {
                Element t = doc.createElementNS(NS, "text");
                t.setAttribute("name", name);
                t.setTextContent(value);
                e.appendChild(t);
            });
            m.grades().forEach((row, grade) -> row(doc, e, row).setAttribute("grade", grade));
            m.computedRows().forEach(row -> row(doc, e, row).setAttribute("computed", "true"));
            root.appendChild(e);
        });
        return doc;
    }

    private static Element row(Document doc, Element sheet, int row) {
        NodeList rows = sheet.getElementsByTagNameNS(NS, "row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element r = (Element) rows.item(i);
            if (r.getAttribute("r").equals(String.valueOf(row))) {
                return r;
            }
        }
        Element r = doc.createElementNS(NS, "row");
        r.setAttribute("r", String.valueOf(row));
        sheet.appendChild(r);
        return r;
    }

    private static void text(Document doc, Element parent, String name, String value) {
        if (value != null) {
            Element e = doc.createElementNS(NS, name);
            e.setTextContent(value);
            parent.appendChild(e);
        }
    }

    private static void parse(Document doc, Map<String, ProjectMeta> out) {
        NodeList sheets = doc.getDocumentElement().getElementsByTagNameNS(NS, "sheet");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element s = (Element) sheets.item(i);
            ProjectMeta m = new ProjectMeta().id(child(s, "id")).code(child(s, "code"))
                    .adjustmentReason(child(s, "adjustmentReason")).reportText(child(s, "reportText"));
            NodeList texts = s.getElementsByTagNameNS(NS, "text");
            for (int k = 0; k < texts.getLength(); k++) {
                Element t = (Element) texts.item(k);
                m.text(t.getAttribute("name"), t.getTextContent());
            }
            NodeList rows = s.getElementsByTagNameNS(NS, "row");
            for (int k = 0; k < rows.getLength(); k++) {
                Element r = (Element) rows.item(k);
                int row;
                try {
                    row = Integer.parseInt(r.getAttribute("r"));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (!r.getAttribute("grade").isEmpty()) {
                    m.grade(row, r.getAttribute("grade"));
                }
                if ("true".equals(r.getAttribute("computed"))) {
                    m.markComputed(row);
                }
            }
            out.put(s.getAttribute("name"), m);
        }
    }

    private static String child(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS(NS, name);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static void serialize(Document doc, OutputStream out) throws TransformerException {
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(doc), new StreamResult(out));
    }
}
