package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.util.List;

/**
 * A subscription to seed 004 topics {@code company/<partner>/<mode>/<resource>/<action>}, with MQTT's
 * wildcards: {@code +} stands for exactly one level, {@code #} (last level only) for any number of levels,
 * none included. Each wildcard must be a level of its own ({@code ord+} is refused, as MQTT does).
 */
public final class TopicFilter {

    public static final int LENGTH_MAX = 256;
    public static final int LEVELS = 5;
    public static final String SINGLE = "+";
    public static final String MULTI = "#";

    private final String text;
    /** Split once: matching runs for every event and subscriber. */
    private final String[] levels;

    private TopicFilter(String text) {
        Require.text(text, "topic", LENGTH_MAX);
        List<String> levels = List.of(text.split("/", -1));
        Require.that(levels.size() <= LEVELS, "a topic has at most " + LEVELS + " levels");
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i);
            if (level.isEmpty()) {
                throw new InvalidValueException("a topic level must not be empty");
            }
            if (level.contains(MULTI) && (!level.equals(MULTI) || i != levels.size() - 1)) {
                throw new InvalidValueException("'#' must be the whole last level");
            }
            if (level.contains(SINGLE) && !level.equals(SINGLE)) {
                throw new InvalidValueException("'+' must be a whole level");
            }
        }
        Require.that(levels.size() == LEVELS || levels.get(levels.size() - 1).equals(MULTI),
                "a topic without '#' has exactly " + LEVELS + " levels");
        this.text = text;
        this.levels = levels.toArray(String[]::new);
    }

    public String text() {
        return text;
    }

    /** A topic's levels, for {@link #matches(String[])}. */
    public static String[] split(String topic) {
        return topic.split("/", -1);
    }

    public static TopicFilter parse(String text) {
        return new TopicFilter(text);
    }

    public List<String> levels() {
        return List.of(levels);
    }

    /** The level at {@code index} when it is a literal (no wildcard stands there or before it); else null. */
    public String literal(int index) {
        for (int i = 0; i <= index; i++) {
            if (i >= levels.length || levels[i].equals(MULTI)) {
                return null;
            }
        }
        String level = levels[index];
        return level.equals(SINGLE) ? null : level;
    }

    public boolean matches(String topic) {
        return matches(split(topic));
    }

    public boolean matches(String[] topic) {
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.equals(MULTI)) {
                return true;
            }
            if (i >= topic.length || !(level.equals(SINGLE) || level.equals(topic[i]))) {
                return false;
            }
        }
        return levels.length == topic.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicFilter filter && filter.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
