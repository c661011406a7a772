/* cal-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* CalStore — the SQLite data layer. API summary for the other modules:
 *
 *   g_autoptr(CalStore) store = cal_store_open (path_or_NULL, &error);
 *       NULL = $XDG_DATA_HOME/calibrd/calibrd.db. Creates/migrates the DB.
 *       A corrupt file is moved aside and a fresh DB is created: then
 *       cal_store_get_recovered_path() is non-NULL, show it to the user.
 *       Errors: CAL_STORE_ERROR_{BUSY,READ_ONLY,FULL,TOO_NEW,...}; every
 *       message is a full sentence fit for a dialog.
 *
 *   Models (src/core/cal-<thing>.h) are GObjects with one property per
 *   column, getters/setters (strings are never NULL), `id` (0 = not stored
 *   yet) and `dirty` (set by any setter, cleared by the store).
 *     CalJob, CalProcess, CalProcessEvent, CalOffer, CalRound, CalStory,
 *     CalQuestion, CalPractice, CalPlan, CalPlanItem, CalCv
 *
 *   For each <thing> of job, process, offer, round, story, question,
 *   practice, plan, plan_item, cv:
 *     gboolean  cal_store_save_<thing>   (store, obj, &error)  insert or update; sets id
 *     Cal<Thing> *cal_store_get_<thing>  (store, id, &error)   CAL_STORE_ERROR_NOT_FOUND
 *     gboolean  cal_store_delete_<thing> (store, id, &error)   cascades to children
 *   cal_store_save() / cal_store_save_all() take any model; save_all writes
 *   many in one transaction (the autosave uses it).
 *
 *   Lists (GListModel of the model type, transfer full; id filters 0 = any):
 *     cal_store_list_jobs (store, &error)                       newest first
 *     cal_store_search_jobs (store, query, limit, &error)
 *     cal_store_list_job_summaries (store, query_or_NULL, limit, &error)
 *                                    for lists: no description, no analysis
 *     cal_store_list_stories (store, &error)                    SUMMARIES only:
 *         title, target_level, track, tags, dates; body-loaded = FALSE.
 *         cal_store_load_story_body() fills one in place; saving a summary
 *         keeps the stored STAR text.
 *     cal_store_search_stories (store, query, limit, &error)    any user text,
 *         ranked, summaries; "c++ (team" is fine.
 *     cal_store_search_story_ids (store, query, limit, &error)  the same search,
 *         ids only (GArray of gint64), for a list that holds the summaries
 *     cal_store_list_tags (store, &error)                       GStrv
 *     cal_store_list_processes (store, job_id, &error)
 *     cal_store_list_process_events (store, process_id, &error) stage history,
 *         written by cal_store_save_process() when the stage changes
 *     cal_store_list_offers (store, process_id, &error)
 *     cal_store_list_rounds (store, process_id, job_id, &error) by position
 *     cal_store_list_questions (store, job_id, source_or_NULL, &error)
 *     cal_store_list_practices (store, question_id, story_id, &error) newest first
 *     cal_store_get_last_practice (store, &error)              the newest only, or NULL
 *     cal_store_list_plans (store, job_id, &error)
 *     cal_store_list_plan_items (store, plan_id, &error)       learn, diagnose, act; position
 *     cal_store_count_plan_items (store, &error)               plan id → item count, one query
 *     cal_store_list_cvs (store, &error)                        newest first
 *   Story <-> question links:
 *     cal_store_link_story_question / cal_store_unlink_story_question
 *     cal_store_list_questions_for_story, cal_store_list_stories_for_question
 *
 *   Threads: every call locks the connection, so a CalStore may be used
 *   from a worker thread (CalAutosave does); model objects are not thread
 *   safe, so hand a worker its own copies (cal_model_copy()).
 *   Related: CalAutosave (cal-autosave.h), CalContext (cal-context.h),
 *   cal_backup_create/restore (cal-backup.h).
 */

#pragma once

#include <gio/gio.h>

#include "cal-cv.h"
#include "cal-job.h"
#include "cal-job-summary.h"
#include "cal-offer.h"
#include "cal-plan.h"
#include "cal-plan-item.h"
#include "cal-practice.h"
#include "cal-process.h"
#include "cal-process-event.h"
#include "cal-question.h"
#include "cal-round.h"
#include "cal-story.h"

G_BEGIN_DECLS

#define CAL_STORE_ERROR (cal_store_error_quark ())

/* How long a write waits for another program's lock (another copy of
 * Calibrd, calibrd-cli) before it fails with %CAL_STORE_ERROR_BUSY. */
#define CAL_STORE_DEFAULT_BUSY_TIMEOUT_MS 5000

/**
 * CalStoreError:
 * @CAL_STORE_ERROR_FAILED: anything else; the message says what
 * @CAL_STORE_ERROR_NOT_FOUND: no row with that id
 * @CAL_STORE_ERROR_BUSY: another program holds the database for longer
 *   than the busy timeout
 * @CAL_STORE_ERROR_READ_ONLY: the database or its folder cannot be written
 * @CAL_STORE_ERROR_FULL: the disk (or the database's size limit) is full
 * @CAL_STORE_ERROR_TOO_NEW: the database comes from a newer Calibrd
 * @CAL_STORE_ERROR_CORRUPT: the database is damaged
 * @CAL_STORE_ERROR_INVALID: a value breaks a rule of the schema
 */
typedef enum
{
  CAL_STORE_ERROR_FAILED,
  CAL_STORE_ERROR_NOT_FOUND,
  CAL_STORE_ERROR_BUSY,
  CAL_STORE_ERROR_READ_ONLY,
  CAL_STORE_ERROR_FULL,
  CAL_STORE_ERROR_TOO_NEW,
  CAL_STORE_ERROR_CORRUPT,
  CAL_STORE_ERROR_INVALID,
} CalStoreError;

GQuark cal_store_error_quark (void);

#define CAL_TYPE_STORE (cal_store_get_type ())

G_DECLARE_FINAL_TYPE (CalStore, cal_store, CAL, STORE, GObject)

CalStore    *cal_store_open                     (const char    *path,
                                                 GError       **error);
const char  *cal_store_get_path                 (CalStore      *self);
const char  *cal_store_get_recovered_path       (CalStore      *self);
char        *cal_store_dup_recordings_dir       (CalStore      *self);
int          cal_store_get_schema_version       (void);
void         cal_store_set_busy_timeout         (CalStore      *self,
                                                 int            msec);

gboolean     cal_store_save                     (CalStore      *self,
                                                 gpointer       object,
                                                 GError       **error);
gboolean     cal_store_save_all                 (CalStore      *self,
                                                 GPtrArray     *objects,
                                                 GError       **error);
gpointer     cal_model_copy                     (gpointer       object);
gint64       cal_model_get_id                   (gpointer       object);
gboolean     cal_model_get_dirty                (gpointer       object);

gboolean     cal_store_save_job                 (CalStore      *self,
                                                 CalJob        *job,
                                                 GError       **error);
CalJob      *cal_store_get_job                  (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_job               (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_jobs                (CalStore      *self,
                                                 GError       **error);
GListModel  *cal_store_search_jobs              (CalStore      *self,
                                                 const char    *query,
                                                 guint          limit,
                                                 GError       **error);
GListModel  *cal_store_list_job_summaries       (CalStore      *self,
                                                 const char    *query,
                                                 guint          limit,
                                                 GError       **error);

gboolean     cal_store_save_process             (CalStore      *self,
                                                 CalProcess    *process,
                                                 GError       **error);
CalProcess  *cal_store_get_process              (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_process           (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_processes           (CalStore      *self,
                                                 gint64         job_id,
                                                 GError       **error);
GListModel  *cal_store_list_process_events      (CalStore      *self,
                                                 gint64         process_id,
                                                 GError       **error);

gboolean     cal_store_save_offer               (CalStore      *self,
                                                 CalOffer      *offer,
                                                 GError       **error);
CalOffer    *cal_store_get_offer                (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_offer             (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_offers              (CalStore      *self,
                                                 gint64         process_id,
                                                 GError       **error);

gboolean     cal_store_save_round               (CalStore      *self,
                                                 CalRound      *round,
                                                 GError       **error);
CalRound    *cal_store_get_round                (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_round             (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_rounds              (CalStore      *self,
                                                 gint64         process_id,
                                                 gint64         job_id,
                                                 GError       **error);

gboolean     cal_store_save_story               (CalStore      *self,
                                                 CalStory      *story,
                                                 GError       **error);
CalStory    *cal_store_get_story                (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_load_story_body          (CalStore      *self,
                                                 CalStory      *story,
                                                 GError       **error);
gboolean     cal_store_delete_story             (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_stories             (CalStore      *self,
                                                 GError       **error);
GListModel  *cal_store_search_stories           (CalStore      *self,
                                                 const char    *query,
                                                 guint          limit,
                                                 GError       **error);
GArray      *cal_store_search_story_ids         (CalStore      *self,
                                                 const char    *query,
                                                 guint          limit,
                                                 GError       **error);
char       **cal_store_list_tags                (CalStore      *self,
                                                 GError       **error);

gboolean     cal_store_save_question            (CalStore      *self,
                                                 CalQuestion   *question,
                                                 GError       **error);
CalQuestion *cal_store_get_question             (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_question          (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_questions           (CalStore      *self,
                                                 gint64         job_id,
                                                 const char    *source,
                                                 GError       **error);
gboolean     cal_store_link_story_question      (CalStore      *self,
                                                 gint64         story_id,
                                                 gint64         question_id,
                                                 GError       **error);
gboolean     cal_store_unlink_story_question    (CalStore      *self,
                                                 gint64         story_id,
                                                 gint64         question_id,
                                                 GError       **error);
GListModel  *cal_store_list_questions_for_story (CalStore      *self,
                                                 gint64         story_id,
                                                 GError       **error);
GListModel  *cal_store_list_stories_for_question (CalStore     *self,
                                                  gint64        question_id,
                                                  GError      **error);

gboolean     cal_store_save_practice            (CalStore      *self,
                                                 CalPractice   *practice,
                                                 GError       **error);
CalPractice *cal_store_get_practice             (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_practice          (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_practices           (CalStore      *self,
                                                 gint64         question_id,
                                                 gint64         story_id,
                                                 GError       **error);
CalPractice *cal_store_get_last_practice        (CalStore      *self,
                                                 GError       **error);

gboolean     cal_store_save_plan                (CalStore      *self,
                                                 CalPlan       *plan,
                                                 GError       **error);
CalPlan     *cal_store_get_plan                 (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_plan              (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_plans               (CalStore      *self,
                                                 gint64         job_id,
                                                 GError       **error);

gboolean     cal_store_save_plan_item           (CalStore      *self,
                                                 CalPlanItem   *item,
                                                 GError       **error);
CalPlanItem *cal_store_get_plan_item            (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_plan_item         (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_plan_items          (CalStore      *self,
                                                 gint64         plan_id,
                                                 GError       **error);
GHashTable  *cal_store_count_plan_items         (CalStore      *self,
                                                 GError       **error);

gboolean     cal_store_save_cv                  (CalStore      *self,
                                                 CalCv         *cv,
                                                 GError       **error);
CalCv       *cal_store_get_cv                   (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
gboolean     cal_store_delete_cv                (CalStore      *self,
                                                 gint64         id,
                                                 GError       **error);
GListModel  *cal_store_list_cvs                 (CalStore      *self,
                                                 GError       **error);

G_END_DECLS
