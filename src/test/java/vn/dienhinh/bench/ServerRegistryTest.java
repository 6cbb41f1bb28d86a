package vn.dienhinh.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The benchmark's registry on a server: built once into an empty database, reused after, tidied of
 * what a stopped run left; somebody's registry (exemplars, no mark) or a benchmark's of another size is
 * refused with one message and left as it was.
 */
class ServerRegistryTest {

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @Test
    void isBuiltOnceThenReusedAndWhatAStoppedRunAddedIsDeleted() throws Exception {
        String url = OnPostgres.newDatabase();
        Engine server = Engine.server(url);
        prepare(server, 100);
        assertThat(said()).contains(Messages.get("bench.server.building", 100, server.display()));
        try (AppContext ctx = AppContext.open(url)) {
            assertThat(ctx.registry().count(ExemplarFilter.ALL)).isEqualTo(100);
            // an officer's newcomer of a run stopped before its clean-up
            ctx.registry().save(Exemplar.builder().kind(ExemplarKind.INDIVIDUAL).name("Nguyễn Văn Thử").build());
        }
        progress.reset();
        prepare(server, 100);
        assertThat(said()).contains(Messages.get("bench.server.cleaned", 1))
                .contains(Messages.get("bench.server.reuse", 100, server.display()))
                .doesNotContain(Messages.get("bench.server.building", 100, server.display()));
        try (AppContext ctx = AppContext.open(url)) {
            assertThat(ctx.registry().count(ExemplarFilter.ALL)).isEqualTo(100);
        }
        assertThatThrownBy(() -> prepare(server, 200)).isInstanceOf(UserException.class)
                .hasMessage(Messages.get("bench.server.otherSize", server.display(), 100, BenchRegistry.DATA_VERSION,
                        200, BenchRegistry.DATA_VERSION));
    }

    @Test
    void somebodysRegistryIsRefusedAndLeftAsItWas() {
        String url = OnPostgres.newDatabase();
        try (AppContext ctx = AppContext.open(url)) {
            ctx.demo().load(20);
        }
        Engine server = Engine.server(url);
        assertThatThrownBy(() -> prepare(server, 20)).isInstanceOf(UserException.class)
                .hasMessage(Messages.get("bench.server.notBench", server.display(), 20));
        try (AppContext ctx = AppContext.open(url)) {
            assertThat(ctx.registry().count(ExemplarFilter.ALL)).isEqualTo(20);
        }
    }

    private void prepare(Engine server, int rows) throws Exception {
        new ServerRegistry(server, rows, new PrintStream(progress, true, StandardCharsets.UTF_8)).prepare();
    }

    private String said() {
        return progress.toString(StandardCharsets.UTF_8);
    }
}
