package vn.dienhinh.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Consumer;

/** A connection whose {@code close()} hands it back to the pool instead of closing it. */
final class PooledConnection {

    private PooledConnection() {
    }

    /** The connection, lent; it tells its {@code dialect} ({@link Dialect#of}). */
    static Connection wrap(Connection real, Consumer<Connection> giveBack, Dialect dialect) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(PooledConnection.class.getClassLoader(),
                new Class<?>[]{Connection.class, Dialect.Bound.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "dialect":
                            return dialect;
                        case "close":
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack.accept(real);
                            }
                            return null;
                        case "isClosed":
                            return returned[0] || real.isClosed();
                        case "unwrap":
                            return real.unwrap((Class<?>) args[0]);
                        default:
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }
}
