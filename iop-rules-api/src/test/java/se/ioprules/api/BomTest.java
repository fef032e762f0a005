package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM (iop-rules-bom/pom.xml) has no parent, so that importing it brings only the iop-rules versions: its own
 * version and its list of modules are kept in step with the build's by this test.
 */
class BomTest {
    static final Path ROOT = Path.of("..");

    static Document read(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of the first child element of the root (the project) with that name. */
    static String top(Document d, String name) {
        for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    @Test
    void bomHasTheBuildsVersionAndEveryPublishedModule() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("iop-rules-bom/pom.xml"));
        assertEquals(top(parent, "version"), top(bom, "version"), "iop-rules-bom's version");

        TreeSet<String> published = new TreeSet<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            boolean skipped = pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
            if (!skipped && !module.equals("iop-rules-bom")) {
                published.add(module);
            }
        }
        TreeSet<String> managed = new TreeSet<>();
        NodeList artifacts = bom.getElementsByTagName("artifactId");
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < artifacts.getLength(); i++) {
            Element a = (Element) artifacts.item(i);
            if (((Element) a.getParentNode()).getTagName().equals("dependency")) {
                managed.add(a.getTextContent().trim());
                versions.add(((Element) a.getParentNode()).getElementsByTagName("version").item(0).getTextContent());
            }
        }
        assertEquals(published, managed, "the BOM manages exactly the published modules");
        versions.forEach(v -> assertEquals("${project.version}", v));
    }
}
