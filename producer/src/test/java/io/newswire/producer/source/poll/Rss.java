package io.newswire.producer.source.poll;

/** Small RSS 2.0 documents for poller tests. */
final class Rss {
    private Rss() {}

    static String feed(String items) {
        return feed("Mon, 01 Jan 2024 10:00:00 GMT", items);
    }

    static String feed(String lastBuildDate, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test wire</title>"
                + "<link>http://example.com/</link><description>Test</description><lastBuildDate>" + lastBuildDate
                + "</lastBuildDate>" + items + "</channel></rss>\n";
    }

    static String item(String guid, String title, String description) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><description>"
                + description + "</description><pubDate>Mon, 01 Jan 2024 09:00:00 GMT</pubDate></item>";
    }
}
