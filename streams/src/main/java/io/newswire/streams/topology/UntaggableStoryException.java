package io.newswire.streams.topology;

/** A story that cannot be tagged; the processing exception handler dead-letters it with this message. */
public final class UntaggableStoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UntaggableStoryException(String storyId, String reason) {
        super("story " + storyId + " cannot be tagged: " + reason);
    }
}
