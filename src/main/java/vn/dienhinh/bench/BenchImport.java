package vn.dienhinh.bench;

import java.nio.file.Path;
import vn.dienhinh.context.AppContext;

/**
 * The product's side of the import line: what the officer does with a list, through the import
 * service (preview, then commit with the default options). Kept apart so the import plugs in with
 * one change in {@link #PRODUCT} once the import has landed.
 */
interface BenchImport {

    /** Null when the import can run in this build, else why it cannot. */
    String unavailable();

    /** Imports the list into the registry {@code ctx} is open on. */
    void run(AppContext ctx, Path list);

    /**
     * This build has no Excel import yet (it is being built on its own branch). When it lands:
     * <pre>{@code
     * ImportPreview p = ctx.imports().preview(list, null, Progress.NONE);
     * ctx.imports().commit(p, ImportOptions.defaults(p), Progress.NONE);
     * }</pre>
     * in {@code run}, and {@code unavailable()} returns null.
     */
    BenchImport PRODUCT = new BenchImport() {
        @Override
        public String unavailable() {
            return vn.dienhinh.util.Messages.get("bench.import.unavailable");
        }

        @Override
        public void run(AppContext ctx, Path list) {
            throw new UnsupportedOperationException(unavailable());
        }
    };
}
