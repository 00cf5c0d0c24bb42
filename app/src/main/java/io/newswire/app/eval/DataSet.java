package io.newswire.app.eval;

import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** One development set of the shared corpus and how the tagger is scored on it. */
interface DataSet {
    String title();

    /** Why the data set cannot be scored from {@code corpus} (its folder or file is absent), if so. */
    Optional<String> missing(Path corpus);

    SectionResult score(Path corpus, Tagger tagger) throws IOException;
}
