package org.dangjian.imports.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} workbook read with POI's streaming event reader: the sheet's XML is parsed as
 * it is unzipped and each row handed over as soon as it ends, so a 100,000-row roster never
 * becomes 100,000 rows of cell objects. Only the shared strings and the styles are held.
 */
public final class XlsxSource implements TableSource {

    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    public XlsxSource(Path file) throws ImportFailure {
        this.file = file;
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new ImportFailure(file + ": not an Excel .xlsx workbook (" + e.getMessage() + ").", e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw new ImportFailure(file + ": the workbook cannot be read (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public String tableNoun() {
        return "sheet";
    }

    @Override
    public List<String> tables() throws IOException {
        List<String> names = new ArrayList<>();
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
        } catch (OpenXML4JException e) {
            throw new IOException(e);
        }
        return names;
    }

    @Override
    public void read(String table, boolean isQuery, RowHandler handler) throws IOException, ImportFailure {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (it.getSheetName().equals(table)) {
                        parse(in, handler);
                        return;
                    }
                }
            }
        } catch (OpenXML4JException e) {
            throw new IOException(e);
        }
        throw new IllegalArgumentException("no sheet " + table);
    }

    private void parse(InputStream in, RowHandler handler) throws IOException, ImportFailure {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            SheetHandler sheet = new SheetHandler(handler);
            xml.setContentHandler(sheet);
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof ImportFailure f) {
                throw f;
            }
            throw new ImportFailure(file + ": a sheet's XML is broken (" + e.getMessage() + ").", e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pkg.revert(); // opened read-only: nothing to save
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            String format = style.getDataFormatString();
            return format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
        });
    }

    /** SAX events of one sheet's XML to rows of cells. */
    private final class SheetHandler extends DefaultHandler {
        private final RowHandler handler;
        private final List<Cell> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private String type;
        private int style;
        private boolean inValue;

        SheetHandler(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    cells.clear();
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(Cell.EMPTY);
                    }
                    cells.add(cell());
                }
                case "row" -> {
                    nextRow = rowNumber + 1;
                    try {
                        handler.row(rowNumber, cells);
                    } catch (ImportFailure f) {
                        throw new SAXException(f);
                    }
                }
                default -> { }
            }
        }

        /** The column of a reference such as {@code AB12}: its letters in base 26. */
        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
            }
            return col - 1;
        }

        private Cell cell() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) {
                    return Cell.EMPTY;
                }
                double d = Double.parseDouble(v);
                return isDateStyle(style) ? Cell.excelDate(d) : Cell.number(d);
            }
            return switch (type) {
                case "s" -> Cell.text(strings.getItemAt(Integer.parseInt(v)).getString());
                case "b" -> Cell.bool(v.equals("1"));
                case "e" -> Cell.text("#" + v);
                default -> Cell.text(v); // inlineStr, str (a formula's text)
            };
        }
    }
}
