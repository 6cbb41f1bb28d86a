package vn.dienhinh.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * Runs database and document work off the FX thread. Results and errors come back on the FX
 * thread; an error reaches the user as one Vietnamese sentence, the stack trace goes to the log.
 * The window shows {@link #running()} as progress.
 */
public final class TaskRunner {

    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "dienhinh-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    /** The messages of the tasks running now, oldest first; a task without one adds nothing. */
    private final List<String> said = new ArrayList<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<String> errorSink = m -> { };
    /** Work asked for while held, started on {@link #release()}; null when not held. */
    private List<Runnable> held;

    /** Where error sentences go (the window shows them in a dialog). */
    public void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    public ObservableBooleanValue busy() {
        return Bindings.greaterThan(running, 0);
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Runs {@code work} in the background; {@code done} gets its result on the FX thread. */
    public <T> Task<T> run(String what, Callable<T> work, Consumer<T> done) {
        return run(what, work, done, null);
    }

    /** As {@link #run(String, Callable, Consumer)}, with {@code failed} told of a failure after the user is. */
    public <T> Task<T> run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(what, task, done, failed);
    }

    /** Runs a task that reports its own progress. */
    public <T> Task<T> submit(String what, Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        running.set(running.get() + 1);
        String text = what == null || what.isEmpty() ? null : what;
        if (text != null) {
            said.add(text);
            message.set(text);
        }
        task.setOnSucceeded(e -> {
            finish(text);
            if (done != null) {
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finish(text);
            Throwable t = task.getException();
            if (!(t instanceof java.util.concurrent.CancellationException)) {
                // a stop the user asked for is not an error; the caller says what it left behind
                errorSink.accept(describe(t));
            }
            if (failed != null) {
                failed.accept(t);
            }
        });
        task.setOnCancelled(e -> finish(text));
        if (held != null) {
            held.add(task);
        } else {
            executor.submit(task);
        }
        return task;
    }

    /**
     * Keeps the work asked for from now on until {@link #release()}: at start-up the screens ask for
     * their data while the window is being built, and that work would only slow the window down on a
     * machine with two cores. FX thread only.
     */
    public void hold() {
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /** Starts the work kept since {@link #hold()}, in the order asked, and stops holding. FX thread only. */
    public void release() {
        List<Runnable> waiting = held;
        held = null;
        if (waiting != null) {
            waiting.forEach(executor::submit);
        }
    }

    /** A task is over: the status bar says what the newest task still running with a message is doing, if any. */
    private void finish(String text) {
        running.set(Math.max(0, running.get() - 1));
        if (text != null) {
            said.remove(text);
        }
        message.set(said.isEmpty() ? "" : said.get(said.size() - 1));
    }

    /** One readable sentence for a failure; the details go to the log. */
    public static String describe(Throwable t) {
        Throwable c = t;
        while (c != null) {
            if (c instanceof UserException) {
                return c.getMessage();
            }
            c = c.getCause();
        }
        LOG.log(Level.SEVERE, "background work failed", t);
        return Messages.get("ui.unexpected", t == null ? "" : String.valueOf(t.getMessage()));
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
