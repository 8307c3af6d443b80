package com.careflow.ai;

import java.util.List;

/** Provider ids, best first, for the auto-assignment (a JSON list in the engine, read back as a list). */
public record RankResult(List<String> rankedProviders) {
}
