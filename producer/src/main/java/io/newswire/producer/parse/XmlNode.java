package io.newswire.producer.parse;

/** A node of the element tree {@link SafeXml} builds: an element or a run of text. */
sealed interface XmlNode permits XmlElement, XmlNode.Text {

    /** Character data, with entities and character references already decoded. */
    record Text(String value) implements XmlNode {}
}
