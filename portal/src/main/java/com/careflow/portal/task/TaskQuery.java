package com.careflow.portal.task;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One inbox request: which list, the filters, the order and the page. Parsed from the query string of /tasks and
 * /api/tasks (lower-case words: {@code ?view=unassigned&process=content-review&due=overdue&priority=high&sort=due
 * &dir=asc&page=0&size=20}); an unknown word is refused with {@link IllegalArgumentException}, an empty one means
 * the default.
 */
record TaskQuery(View view, String process, Due due, Priority priority, Sort sort, boolean ascending, int page,
        int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** The four lists of the inbox. */
    enum View {
        /** open, assigned to me */
        MINE,
        /** open, nobody's yet */
        UNASSIGNED,
        /** everything open */
        OPEN,
        /** completed, newest first */
        COMPLETED
    }

    enum Due {
        OVERDUE, TODAY, WEEK
    }

    /** High: 75 and above; low: below 25; medium: between. */
    enum Priority {
        HIGH, MEDIUM, LOW;

        static final int HIGH_FROM = 75;
        static final int MEDIUM_FROM = 25;

        static Priority of(int priority) {
            return priority >= HIGH_FROM ? HIGH : priority >= MEDIUM_FROM ? MEDIUM : LOW;
        }
    }

    enum Sort {
        DUE, CREATED, PRIORITY, COMPLETED
    }

    static TaskQuery parse(String view, String process, String due, String priority, String sort, String dir,
            Integer page, Integer size) {
        View chosen = word(View.class, "view", view, View.UNASSIGNED);
        // open lists: the most urgent first; the completed list: the latest first
        Sort order = word(Sort.class, "sort", sort, chosen == View.COMPLETED ? Sort.COMPLETED : Sort.DUE);
        boolean ascending = switch (blankToNull(dir) == null ? "" : dir.strip().toLowerCase(Locale.ROOT)) {
            case "" -> chosen != View.COMPLETED && order != Sort.PRIORITY;
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new IllegalArgumentException("dir must be asc or desc, not '" + dir + "'");
        };
        if (page != null && page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        return new TaskQuery(chosen, blankToNull(process), word(Due.class, "due", due, null),
                word(Priority.class, "priority", priority, null), order, ascending, page == null ? 0 : page,
                size == null ? DEFAULT_SIZE : size);
    }

    static TaskQuery defaults() {
        return parse(null, null, null, null, null, null, null, null);
    }

    // public: the list template builds its links with them

    /** A view switch keeps the filters but takes that view's default order and starts at the first page. */
    public TaskQuery withView(View other) {
        return parse(lower(other), process, lower(due), lower(priority), null, null, 0, size);
    }

    public TaskQuery withPage(int other) {
        return new TaskQuery(view, process, due, priority, sort, ascending, other, size);
    }

    /** The query string of this request, with only what differs from the defaults, for links and the script. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("view", lower(view));
        if (process != null) {
            parameters.put("process", process);
        }
        if (due != null) {
            parameters.put("due", lower(due));
        }
        if (priority != null) {
            parameters.put("priority", lower(priority));
        }
        parameters.put("sort", lower(sort));
        parameters.put("dir", ascending ? "asc" : "desc");
        if (size != DEFAULT_SIZE) {
            parameters.put("size", String.valueOf(size));
        }
        if (page > 0) {
            parameters.put("page", String.valueOf(page));
        }
        return parameters;
    }

    public String queryString() {
        StringBuilder query = new StringBuilder();
        parameters().forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E word(Class<E> type, String name, String value, E fallback) {
        String word = blankToNull(value);
        if (word == null) {
            return fallback;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(word.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(TaskQuery::lower).toList() + ", not '" + word
                        + "'"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
