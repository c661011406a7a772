/* cal-job-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-job-summary.h"

/**
 * CalJobSummary:
 *
 * What a list of jobs shows of one job: its id, company, title, level,
 * track and when it was last updated; not its description text nor its
 * analysis, which are most of a job's bytes. Read-only, and a type of its
 * own rather than a half-filled #CalJob, so that it can never be saved
 * over the full job by mistake: open the job with cal_store_get_job().
 */

struct _CalJobSummary
{
  GObject  parent_instance;

  gint64   id;
  char    *company;
  char    *title;
  char    *level;
  char    *track;
  gint64   updated;
};

G_DEFINE_FINAL_TYPE (CalJobSummary, cal_job_summary, G_TYPE_OBJECT)

static void
cal_job_summary_finalize (GObject *object)
{
  CalJobSummary *self = CAL_JOB_SUMMARY (object);

  g_free (self->company);
  g_free (self->title);
  g_free (self->level);
  g_free (self->track);

  G_OBJECT_CLASS (cal_job_summary_parent_class)->finalize (object);
}

static void
cal_job_summary_class_init (CalJobSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cal_job_summary_finalize;
}

static void
cal_job_summary_init (CalJobSummary *self)
{
}

/**
 * cal_job_summary_new:
 * @id: the job's id
 * @company: (nullable): its company
 * @title: (nullable): its title
 * @level: (nullable): its level id
 * @track: (nullable): its track id
 * @updated: when it was last updated, in seconds since the epoch
 *
 * Returns: (transfer full): a new #CalJobSummary; %NULL strings read as ""
 */
CalJobSummary *
cal_job_summary_new (gint64      id,
                     const char *company,
                     const char *title,
                     const char *level,
                     const char *track,
                     gint64      updated)
{
  CalJobSummary *self = g_object_new (CAL_TYPE_JOB_SUMMARY, NULL);

  self->id = id;
  self->company = g_strdup (company != NULL ? company : "");
  self->title = g_strdup (title != NULL ? title : "");
  self->level = g_strdup (level != NULL ? level : "");
  self->track = g_strdup (track != NULL ? track : "");
  self->updated = updated;

  return self;
}

gint64
cal_job_summary_get_id (CalJobSummary *self)
{
  g_return_val_if_fail (CAL_IS_JOB_SUMMARY (self), 0);

  return self->id;
}

const char *
cal_job_summary_get_company (CalJobSummary *self)
{
  g_return_val_if_fail (CAL_IS_JOB_SUMMARY (self), NULL);

  return self->company;
}

const char *
cal_job_summary_get_title (CalJobSummary *self)
{
  g_return_val_if_fail (CAL_IS_JOB_SUMMARY (self), NULL);

  return self->title;
}

const char *
cal_job_summary_get_level (CalJobSummary *self)
{
  g_return_val_if_fail (CAL_IS_JOB_SUMMARY (self), NULL);

  return self->level;
}

const char *
cal_job_summary_get_track (CalJobSummary *self)
{
  g_return_val_if_fail (CAL_IS_JOB_SUMMARY (self), NULL);

  return self->track;
}

gint64
cal_job_summary_get_updated (CalJobSummary *self)
{
  g_return_val_if_fail (CAL_IS_JOB_SUMMARY (self), 0);

  return self->updated;
}
