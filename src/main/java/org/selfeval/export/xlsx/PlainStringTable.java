package org.selfeval.export.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The workbook's shared strings, the same table POI writes, found faster: POI finds an entry by the
 * XML text of the string (serialised again for every cell); a plain string (no formatting runs, as
 * every cell this exporter writes) is found here by its text. The XML of a plain string depends on its
 * text alone, so every cell gets the index, and the table the counts, that POI would give them.
 */
final class PlainStringTable extends SharedStringsTable {
    private final Map<String, Integer> plain = new HashMap<>();

    /** The factory that gives a new workbook this table. */
    static XSSFFactory factory() {
        return new XSSFFactory() {
            @Override
            public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
                return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainStringTable() : super.newDocumentPart(descriptor);
            }
        };
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        if (!(string instanceof XSSFRichTextString rich) || rich.getCTRst().sizeOfRArray() > 0
                || rich.getCTRst().sizeOfRPhArray() > 0 || rich.getCTRst().isSetPhoneticPr()) {
            return super.addSharedStringItem(string);
        }
        String text = rich.getString();
        Integer known = plain.get(text);
        if (known != null) {
            count++;
            return known;
        }
        int index = super.addSharedStringItem(string);
        plain.put(text, index);
        return index;
    }
}
