package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.dangjian.rules.AuditReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML, valid against the Jenkins JUnit schema (src/test/resources/schemas/ORIGIN.md). */
class JunitReportTest {

    private static Document junit(AuditReport report) throws Exception {
        String xml = ReportSamples.written(JunitReport::write, report);
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = sf.newSchema(JunitReportTest.class.getResource("/schemas/jenkins-junit.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReportIsValidJunitXmlWithOneFailurePerFinding() throws Exception {
        Document doc = junit(ReportSamples.report());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("5", root.getAttribute("failures"));
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(5, failures.getLength());
        Element trn = null;
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            if (((Element) f.getParentNode()).getAttribute("classname").equals("TRN.TRN-003")) {
                trn = f;
                break;
            }
        }
        assertEquals("HIGH", trn.getAttribute("type"));
        assertTrue(trn.getAttribute("message").startsWith("欧阳娜娜（2020）"), trn.getAttribute("message"));
        assertTrue(trn.getTextContent().contains("依据：000: 培训时间不少于56学时"), trn.getTextContent());
        assertEquals("欧阳娜娜 [p-1] 2020年", ((Element) trn.getParentNode()).getAttribute("name"));
        // DEV-001 and ORG-002 were evaluated and found nothing: passing test cases.
        NodeList cases = doc.getElementsByTagName("testcase");
        boolean devPasses = false;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals("DEV.DEV-001")) {
                devPasses = c.getChildNodes().getLength() == 0 && c.getAttribute("name").equals("DEV-001 发展党员计划");
            }
        }
        assertTrue(devPasses);
        assertEquals(1, doc.getElementsByTagName("skipped").getLength(), "FUND-001 not evaluated");
    }

    @Test
    void aWaivedFindingIsSkippedNotFailed() throws Exception {
        Document doc = junit(ReportSamples.reviewed());
        assertEquals("4", doc.getDocumentElement().getAttribute("failures"));
        NodeList skipped = doc.getElementsByTagName("skipped");
        boolean waived = false;
        for (int i = 0; i < skipped.getLength(); i++) {
            waived |= skipped.item(i).getTextContent().startsWith("已豁免：病休六个月");
        }
        assertTrue(waived);
    }

    @Test
    void controlCharactersCannotBreakTheXml() {
        assertEquals("ab", JunitReport.clean("a\u0001b"));
    }
}
