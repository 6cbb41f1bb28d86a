package vn.dienhinh.context;

import java.nio.file.Path;
import vn.dienhinh.service.imports.ImportOptions;
import vn.dienhinh.service.imports.ImportPreview;
import vn.dienhinh.util.Progress;

/**
 * The child process of {@link KilledImportTest}: imports a big list and says "WRITING" once half of it
 * is queued in the open transaction, then slows down so it is killed there. Never meant to finish.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        try (AppContext ctx = AppContext.open(Path.of(args[0]))) {
            ImportPreview p = ctx.imports().preview(Path.of(args[1]), null, Progress.NONE);
            System.out.println("PREVIEWED " + p.rows().size());
            ctx.imports().commit(p, ImportOptions.defaults(p), new Progress() {
                private boolean said;

                @Override
                public void update(long done, long total) {
                    if (!said && done >= total / 2) {
                        said = true;
                        System.out.println("WRITING " + done);
                        System.out.flush();
                    }
                    if (said) {
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            });
            System.out.println("COMMITTED");
        }
    }
}
