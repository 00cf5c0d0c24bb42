package io.newswire.producer.parse;

/** Source urgency: IPTC's scale from 1 (flash) to 9 (lowest); 0 or anything else means none given. */
final class Urgency {
    private static final int HIGHEST = 1;
    private static final int LOWEST = 9;

    private Urgency() {}

    static Integer of(String raw) {
        String text = Texts.orNull(raw);
        if (text == null) {
            return null;
        }
        try {
            int urgency = Integer.parseInt(text);
            return urgency >= HIGHEST && urgency <= LOWEST ? urgency : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
