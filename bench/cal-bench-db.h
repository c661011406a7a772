/* cal-bench-db.h — the large, realistic database the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 10,000 stories, 1,000 jobs with real-length job descriptions (the texts
 * in tests/data/jds, varied) and their stored analyses, 100 questions,
 * 5,000 practices with timed transcripts and coach reports, and 200
 * drafted 90-day plans with their items.
 *
 * It is generated once into DATA_HOME/calibrd/calibrd.db, where DATA_HOME
 * can serve as XDG_DATA_HOME for the real app. DATA_HOME is
 * $CALIBRD_BENCH_DATA when set (bench/run-all.sh and `meson test
 * --benchmark` set it, so every bench reuses one file), else a temporary
 * folder that cal_bench_db_cleanup() removes.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CAL_BENCH_DB_STORIES   10000
#define CAL_BENCH_DB_JOBS      1000
#define CAL_BENCH_DB_PRACTICES 5000
#define CAL_BENCH_DB_PLANS     200
#define CAL_BENCH_DB_QUESTIONS 100

const char *cal_bench_db_get_data_home (void);
const char *cal_bench_db_get_path      (void);
void        cal_bench_db_cleanup       (void);
const char *cal_bench_db_pick_word     (GRand *rand);
char       *cal_bench_db_make_query    (GRand *rand,
                                        guint  i);

G_END_DECLS
