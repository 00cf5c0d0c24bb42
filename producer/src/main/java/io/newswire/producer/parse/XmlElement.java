package io.newswire.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed XML element: a small immutable tree that the XML story parsers navigate by local name,
 * ignoring namespace prefixes (agencies write {@code ns0:newsItem} as readily as {@code newsItem}).
 * Built only by {@link SafeXml}, whose depth limit bounds every recursive walk here.
 *
 * @param name the local name
 * @param namespace the namespace URI, empty when none
 * @param attributes attribute values by name: the local name, or {@code prefix:local} for prefixed
 *     attributes such as {@code xml:lang}
 * @param children child elements and text, in document order
 */
record XmlElement(String name, String namespace, Map<String, String> attributes, List<XmlNode> children) implements XmlNode {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The attribute's value, or null when absent. */
    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** The attribute's value with whitespace collapsed, or null when absent or blank. */
    String attributeText(String attributeName) {
        return Texts.orNull(attributes.get(attributeName));
    }

    List<XmlElement> elements() {
        List<XmlElement> elements = new ArrayList<>();
        for (XmlNode child : children) {
            if (child instanceof XmlElement element) {
                elements.add(element);
            }
        }
        return elements;
    }

    List<XmlElement> children(String localName) {
        return elements().stream().filter(element -> element.name.equals(localName)).toList();
    }

    Optional<XmlElement> child(String localName) {
        return elements().stream().filter(element -> element.name.equals(localName)).findFirst();
    }

    /** Follows the first child with each name in turn. */
    Optional<XmlElement> path(String... localNames) {
        Optional<XmlElement> current = Optional.of(this);
        for (String localName : localNames) {
            current = current.flatMap(element -> element.child(localName));
        }
        return current;
    }

    /** The first descendant (depth first, document order) with this local name. */
    Optional<XmlElement> descendant(String localName) {
        for (XmlElement element : elements()) {
            if (element.name.equals(localName)) {
                return Optional.of(element);
            }
            Optional<XmlElement> found = element.descendant(localName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** All text below this element, as written (whitespace kept). */
    String rawText() {
        StringBuilder text = new StringBuilder();
        appendText(text);
        return text.toString();
    }

    private void appendText(StringBuilder text) {
        for (XmlNode child : children) {
            if (child instanceof XmlNode.Text run) {
                text.append(run.value());
            } else if (child instanceof XmlElement element) {
                element.appendText(text);
            }
        }
    }

    /** All text below this element with whitespace collapsed; null when there is none. */
    String text() {
        return Texts.orNull(rawText());
    }

    /** The text of the first child with this name, whitespace collapsed; null when absent or blank. */
    String childText(String localName) {
        return child(localName).map(XmlElement::text).orElse(null);
    }
}
