package com.careflow.search;

/** What an index build reports as it goes (the reindex shows it on the operations page). */
interface BuildProgress {

    BuildProgress NONE = new BuildProgress() {
        @Override
        public void total(SearchType type, long total) {
        }

        @Override
        public void done(SearchType type, long done) {
        }
    };

    void total(SearchType type, long total);

    void done(SearchType type, long done);
}
