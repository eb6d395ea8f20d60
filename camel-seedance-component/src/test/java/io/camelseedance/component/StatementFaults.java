package io.camelseedance.component;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A task store's {@link DataSource} whose first statement beginning with a chosen text fails, or waits until released:
 * a database that refuses one write, or is slow to take it, at the moment a test picks. Every other statement, and
 * that one once passed, goes to the real database.
 */
final class StatementFaults implements DataSource {

    private final DataSource database;
    private final String statement;
    private final boolean fail;
    private final AtomicBoolean armed = new AtomicBoolean(true);
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private StatementFaults(DataSource database, String statement, boolean fail) {
        this.database = database;
        this.statement = statement;
        this.fail = fail;
    }

    /** The first statement beginning with {@code statement} fails with an {@link SQLException}. */
    static StatementFaults failingOnce(DataSource database, String statement) {
        return new StatementFaults(database, statement, true);
    }

    /** The first statement beginning with {@code statement} waits for {@link #release()} before it runs. */
    static StatementFaults holdingOnce(DataSource database, String statement) {
        return new StatementFaults(database, statement, false);
    }

    /** Whether the chosen statement was sent (and failed, or is held). */
    boolean reached() {
        return reached.getCount() == 0;
    }

    /** Lets the held statement run. */
    void release() {
        released.countDown();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(database.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return connection(database.getConnection(user, password));
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (method, args) -> {
            Object result = method.invoke(real, args);
            if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(statement)) {
                return proxy(PreparedStatement.class, result, (call, callArgs) -> {
                    if (call.getName().startsWith("execute") && armed.compareAndSet(true, false)) {
                        reached.countDown();
                        if (fail) {
                            throw new SQLException("refused once by the test: " + statement);
                        }
                        released.await(60, TimeUnit.SECONDS);
                    }
                    return call.invoke(result, callArgs);
                });
            }
            return result;
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object real, Call call) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementFaults.class.getClassLoader(), new Class<?>[]{type},
                handler));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return database.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        database.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        database.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return database.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return database.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return database.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return database.isWrapperFor(type);
    }
}
