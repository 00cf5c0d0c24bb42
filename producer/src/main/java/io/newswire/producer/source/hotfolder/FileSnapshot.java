package io.newswire.producer.source.hotfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/** What a scan sees of a file: enough to tell that it is still being written. */
record FileSnapshot(long size, FileTime modified) {

    static FileSnapshot of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileSnapshot(attributes.size(), attributes.lastModifiedTime());
    }
}
