package vn.dienhinh.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The status bar's message belongs to work still running: quick silent work does not wipe it out. */
@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {

    @Test
    void theMessageOfLongWorkStaysWhileShortSilentWorkComesAndGoes(FxRobot robot) throws Exception {
        TaskRunner tasks = new TaskRunner();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean quickDone = new AtomicBoolean();
        robot.interact(() -> {
            tasks.run("Đang kiểm tra cơ sở dữ liệu…", () -> {
                release.await();
                return 1;
            }, v -> { });
            tasks.run(null, () -> 2, v -> quickDone.set(true));
        });
        waitUntil(quickDone::get);
        assertThat(tasks.message().get()).isEqualTo("Đang kiểm tra cơ sở dữ liệu…");
        assertThat(tasks.busy().get()).isTrue();

        release.countDown();
        waitUntil(() -> !tasks.busy().get());
        assertThat(tasks.message().get()).isEmpty();
        tasks.shutdown();
    }
}
