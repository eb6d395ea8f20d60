package io.camelseedance.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * A DataSource that counts what the task store sends through it: each statement executed (a batch counts each of its
 * entries), by its first SQL word, and each commit. The store sees the pool it was given; only the counting is added.
 */
final class CountingDataSource {

    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final LongAdder commits = new LongAdder();

    /** The data source to give the component: {@code target} with every statement and commit counted. */
    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, result, this::onConnection)
                : result);
    }

    /** Statements executed, by first SQL word ({@code SELECT}, {@code INSERT}, …), sorted by word. */
    Map<String, Long> statements() {
        Map<String, Long> counts = new TreeMap<>();
        statements.forEach((word, n) -> counts.put(word, n.sum()));
        return counts;
    }

    long statementTotal() {
        return statements.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long commits() {
        return commits.sum();
    }

    private Object onConnection(Method method, Object[] args, Object result) {
        switch (method.getName()) {
            case "commit" -> commits.increment();
            case "prepareStatement", "prepareCall" -> {
                String word = firstWord((String) args[0]);
                return proxy(method.getReturnType(), result, (m, a, r) -> onStatement(word, m, a, r));
            }
            case "createStatement" -> {
                return proxy(Statement.class, result, (m, a, r) -> onStatement(null, m, a, r));
            }
            default -> {
                // nothing to count
            }
        }
        return result;
    }

    /** {@code preparedWord}: the prepared SQL's first word, or null for a plain statement (its SQL comes with each call). */
    private Object onStatement(String preparedWord, Method method, Object[] args, Object result) {
        String name = method.getName();
        if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
            int entries = result instanceof int[] counts ? counts.length : ((long[]) result).length;
            count(preparedWord == null ? "BATCH" : preparedWord, entries);
        } else if (name.startsWith("execute")) {
            boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
            count(withSql ? firstWord((String) args[0]) : preparedWord, 1);
        }
        return result;
    }

    private void count(String word, long n) {
        statements.computeIfAbsent(word == null ? "?" : word, w -> new LongAdder()).add(n);
    }

    private static String firstWord(String sql) {
        String trimmed = sql.stripLeading();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** What a proxy does after the real call returned: the value to hand back (the result, or a counting wrapper). */
    private interface AfterCall {
        Object after(Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.after(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{type},
                handler));
    }
}
