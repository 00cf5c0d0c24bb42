package io.newswire.app.bench;

/** A story serialised once before the run, so producing it costs only the send. */
record EncodedStory(String id, byte[] value) {}
