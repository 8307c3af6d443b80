package com.careflow.ai;

import java.util.List;

/** Provider ids, best first, for the auto-assignment. */
public record RankResult(List<String> rankedProviders) {
}
