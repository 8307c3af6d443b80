package com.careflow.portal.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.careflow.search.SearchQuery;

/** {@code /api/search/suggest?q=陪诊&max=8}: what the visitor has typed so far and how many completions to show. */
public class SuggestForm {

    static final int DEFAULT_MAX = 8;
    static final int MAX = 10;

    @Size(max = SearchQuery.MAX_TEXT_LENGTH)
    private String q = "";

    @Min(1)
    @Max(MAX)
    private int max = DEFAULT_MAX;

    public String getQ() {
        return q;
    }

    /** Leading blanks are not typed text; a trailing blank is (it ends a word). */
    public void setQ(String q) {
        this.q = q == null ? "" : q.stripLeading();
    }

    public int getMax() {
        return max;
    }

    public void setMax(int max) {
        this.max = max;
    }
}
