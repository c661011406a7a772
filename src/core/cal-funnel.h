/* cal-funnel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The funnel's rules over CalProcess rows in the store:
 *
 *   - A process moves through stages (saved → … → accepted); when it ends
 *     it gets an outcome (rejected, withdrawn, ghosted, declined-offer) and
 *     its stage is frozen until cal_funnel_reopen().
 *   - Every stage change is kept as a CalProcessEvent (the store writes
 *     those); ends and reopens are kept as events too, with the outcome id
 *     standing in for the stage on the other side (e.g. "interviewing" →
 *     "rejected").
 *   - A live process with no activity for N days is quiet.
 *
 * Days are ISO 8601 `YYYY-MM-DD` text in the local time zone. Every rule
 * takes "today" from its caller so tests can fix it. */

#pragma once

#include <gio/gio.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_FUNNEL_ERROR (cal_funnel_error_quark ())

/**
 * CalFunnelError:
 * @CAL_FUNNEL_ERROR_INVALID_STAGE: not one of the stage ids
 * @CAL_FUNNEL_ERROR_INVALID_OUTCOME: not one of the outcome ids
 * @CAL_FUNNEL_ERROR_ENDED: the process has ended; reopen it first
 * @CAL_FUNNEL_ERROR_NOT_ENDED: the process has not ended, so it cannot be reopened
 * @CAL_FUNNEL_ERROR_INVALID_DATE: a day is not `YYYY-MM-DD`
 * @CAL_FUNNEL_ERROR_DUPLICATE: the job already has a live process
 */
typedef enum
{
  CAL_FUNNEL_ERROR_INVALID_STAGE,
  CAL_FUNNEL_ERROR_INVALID_OUTCOME,
  CAL_FUNNEL_ERROR_ENDED,
  CAL_FUNNEL_ERROR_NOT_ENDED,
  CAL_FUNNEL_ERROR_INVALID_DATE,
  CAL_FUNNEL_ERROR_DUPLICATE,
} CalFunnelError;

GQuark cal_funnel_error_quark (void);

#define CAL_FUNNEL_N_STAGES 7
#define CAL_FUNNEL_N_OUTCOMES 4

/* A typical loop, from the first application to an offer, takes four to
 * eight weeks; the process page draws the timeline against it. */
#define CAL_FUNNEL_TYPICAL_LOOP_MIN_DAYS 28
#define CAL_FUNNEL_TYPICAL_LOOP_MAX_DAYS 56

const char * const *cal_funnel_get_stages        (void);
const char * const *cal_funnel_get_outcomes      (void);
int                 cal_funnel_stage_index       (const char   *stage);
gboolean            cal_funnel_is_outcome        (const char   *outcome);
const char         *cal_funnel_stage_label       (const char   *stage);
const char         *cal_funnel_outcome_label     (const char   *outcome);
const char         *cal_funnel_round_status_label (const char  *status);
gboolean            cal_funnel_is_round_status   (const char   *status);

gboolean            cal_funnel_is_live           (CalProcess   *process);
gboolean            cal_funnel_parse_day         (const char   *text,
                                                  GDate        *date);
char               *cal_funnel_format_day        (const GDate  *date);

CalProcess         *cal_funnel_start             (CalStore     *store,
                                                  gint64        job_id,
                                                  const char   *stage,
                                                  const GDate  *today,
                                                  GError      **error);
CalProcess         *cal_funnel_start_draft       (CalStore     *store,
                                                  CalProcess   *draft,
                                                  const GDate  *today,
                                                  GError      **error);
gboolean            cal_funnel_move              (CalStore     *store,
                                                  CalProcess   *process,
                                                  const char   *stage,
                                                  const GDate  *today,
                                                  GError      **error);
gboolean            cal_funnel_end               (CalStore     *store,
                                                  CalProcess   *process,
                                                  const char   *outcome,
                                                  const GDate  *today,
                                                  GError      **error);
gboolean            cal_funnel_reopen            (CalStore     *store,
                                                  CalProcess   *process,
                                                  const GDate  *today,
                                                  GError      **error);

int                 cal_funnel_days_since_activity (CalProcess  *process,
                                                    const GDate *today);
gboolean            cal_funnel_is_quiet          (CalProcess   *process,
                                                  const GDate  *today,
                                                  guint         quiet_days);
guint               cal_funnel_count_live        (GListModel   *processes);
gboolean            cal_funnel_needs_more_options (GListModel  *processes);
gboolean            cal_funnel_next_step_is_due  (CalProcess   *process,
                                                  const GDate  *today);
int                 cal_funnel_days_in_stage     (CalProcess   *process,
                                                  GListModel   *events,
                                                  GDateTime    *now);
GPtrArray          *cal_funnel_take_due_reminders (CalStore    *store,
                                                   GListModel  *processes,
                                                   const GDate *today,
                                                   GError     **error);

/**
 * CalFunnelStatsRow:
 * @key: the track id or the source ("" when not set)
 * @processes: processes in the group
 * @applied: those that got as far as being applied
 * @responded: of those, the ones the company answered (moved past
 *   "applied", or ended as rejected or declined-offer)
 * @days_in_stage: the average days spent in each stage, -1 without data
 */
typedef struct
{
  char   *key;
  guint   processes;
  guint   applied;
  guint   responded;
  double  days_in_stage[CAL_FUNNEL_N_STAGES];
} CalFunnelStatsRow;

typedef enum
{
  CAL_FUNNEL_STATS_BY_TRACK,
  CAL_FUNNEL_STATS_BY_SOURCE,
} CalFunnelStatsBy;

void       cal_funnel_stats_row_free (CalFunnelStatsRow *row);
GPtrArray *cal_funnel_stats          (CalStore          *store,
                                      GListModel        *processes,
                                      CalFunnelStatsBy   by,
                                      GDateTime         *now,
                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalFunnelStatsRow, cal_funnel_stats_row_free)

G_END_DECLS
