/* cal-attempt-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Practice and Think Aloud do once an attempt is stored: transcribe
 * its recording off the main thread with progress and a way to cancel,
 * then, if the view asks for it, run the view's own analysis of the
 * transcript in a worker thread. Only one attempt is analysed at a time;
 * starting another one replaces the run under way, and a replaced run
 * says nothing more. The view keeps what is its own: the labels, what the
 * analysis is and what to do with its result.
 */

#define G_LOG_DOMAIN "cal-attempt-analysis"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-attempt-analysis.h"
#include "cal-transcriber.h"

struct _CalAttemptAnalysis
{
  GObject         parent_instance;

  CalTranscriber *transcriber;
  GCancellable   *cancellable;   /* the current run's */
  CalPractice    *practice;      /* the attempt being analysed, else NULL */
  CalTranscript  *transcript;    /* while ::transcribed is emitted */
  char           *status;
  double          fraction;
  gboolean        continued;     /* a ::transcribed handler went on in a thread */
};

G_DEFINE_FINAL_TYPE (CalAttemptAnalysis, cal_attempt_analysis, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ANALYSING,
  PROP_PRACTICE,
  PROP_STATUS,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TRANSCRIBED,
  ANALYSED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  CalTranscript          *transcript;
  CalAttemptAnalysisFunc  func;
  gpointer                job;
  GDestroyNotify          job_free;
  GDestroyNotify          result_free;
} Step;

static void
step_free (Step *step)
{
  g_clear_object (&step->transcript);
  if (step->job_free != NULL)
    g_clear_pointer (&step->job, step->job_free);
  g_free (step);
}

static void
set_practice (CalAttemptAnalysis *self,
              CalPractice        *practice)
{
  gboolean was_analysing = self->practice != NULL;

  if (!g_set_object (&self->practice, practice))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE]);
  if (was_analysing != (practice != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSING]);
}

static void
set_status (CalAttemptAnalysis *self,
            const char         *status)
{
  if (g_strcmp0 (self->status, status) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

static void
set_fraction (CalAttemptAnalysis *self,
              double              fraction)
{
  if (self->fraction == fraction)
    return;
  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

/* A run that was replaced by a newer one, or cancelled as the view went
 * away, has nothing left to say. */
static gboolean
is_current (CalAttemptAnalysis *self,
            GAsyncResult       *result)
{
  return G_IS_TASK (result) && g_task_get_cancellable (G_TASK (result)) == self->cancellable &&
         self->practice != NULL;
}

static void
on_transcribe_progress (CalTranscriber     *transcriber,
                        double              fraction,
                        CalAttemptAnalysis *self)
{
  /* Called many times a second from the main loop: only the bar moves. */
  set_fraction (self, fraction);
}

static void
analyse_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Step *step = task_data;
  g_autoptr(GError) error = NULL;
  gpointer result;

  result = step->func (step->transcript, step->job, cancellable, &error);
  if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, step->result_free);
}

static void
analyse_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CalAttemptAnalysis *self = CAL_ATTEMPT_ANALYSIS (source);
  Step *step = g_task_get_task_data (G_TASK (result));
  g_autoptr(CalPractice) practice = NULL;
  g_autoptr(GError) error = NULL;
  gpointer analysis;

  analysis = g_task_propagate_pointer (G_TASK (result), &error);
  if (!is_current (self, result))
    {
      if (analysis != NULL && step->result_free != NULL)
        step->result_free (analysis);
      return;
    }
  practice = g_object_ref (self->practice);
  set_practice (self, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_signal_emit (self, signals[FAILED], 0, practice,
                   _("This attempt was not analysed. The recording is kept."),
                   _("Analysis cancelled"));
  else if (analysis == NULL)
    g_signal_emit (self, signals[FAILED], 0, practice, error->message, NULL);
  else
    g_signal_emit (self, signals[ANALYSED], 0, practice, step->transcript, analysis);

  if (analysis != NULL && step->result_free != NULL)
    step->result_free (analysis);
}

static void
transcribe_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CalAttemptAnalysis) self = user_data;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(CalPractice) practice = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) error = NULL;

  transcript = cal_transcriber_transcribe_finish (CAL_TRANSCRIBER (source), result, &error);
  if (!is_current (self, result))
    return;

  practice = g_object_ref (self->practice);
  if (transcript == NULL)
    {
      set_practice (self, NULL);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[FAILED], 0, practice,
                       _("This attempt was not transcribed. The recording is kept."),
                       _("Transcription cancelled"));
      else
        g_signal_emit (self, signals[FAILED], 0, practice, error->message, NULL);
      return;
    }

  /* The run is over when the handlers return, unless one of them goes
   * on in a thread or starts another run. */
  cancellable = g_object_ref (self->cancellable);
  self->continued = FALSE;
  self->transcript = transcript;
  g_signal_emit (self, signals[TRANSCRIBED], 0, practice, transcript);
  self->transcript = NULL;
  if (!self->continued && self->cancellable == cancellable)
    set_practice (self, NULL);
}

static void
cal_attempt_analysis_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CalAttemptAnalysis *self = CAL_ATTEMPT_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_ANALYSING:
      g_value_set_boolean (value, self->practice != NULL);
      break;

    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_attempt_analysis_dispose (GObject *object)
{
  CalAttemptAnalysis *self = CAL_ATTEMPT_ANALYSIS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->transcriber != NULL)
    g_signal_handlers_disconnect_by_data (self->transcriber, self);
  g_clear_object (&self->transcriber);
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (cal_attempt_analysis_parent_class)->dispose (object);
}

static void
cal_attempt_analysis_finalize (GObject *object)
{
  CalAttemptAnalysis *self = CAL_ATTEMPT_ANALYSIS (object);

  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (cal_attempt_analysis_parent_class)->finalize (object);
}

static void
cal_attempt_analysis_class_init (CalAttemptAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cal_attempt_analysis_get_property;
  object_class->dispose = cal_attempt_analysis_dispose;
  object_class->finalize = cal_attempt_analysis_finalize;

  properties[PROP_ANALYSING] =
    g_param_spec_boolean ("analysing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PRACTICE] =
    g_param_spec_object ("practice", NULL, NULL, CAL_TYPE_PRACTICE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalAttemptAnalysis::transcribed:
   * @practice: the attempt
   * @transcript: its transcript
   *
   * The recording has been transcribed. A handler may go on with
   * cal_attempt_analysis_continue_in_thread(); otherwise the run is over
   * when the handlers return.
   */
  signals[TRANSCRIBED] = g_signal_new ("transcribed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                       CAL_TYPE_PRACTICE, CAL_TYPE_TRANSCRIPT);

  /**
   * CalAttemptAnalysis::analysed:
   * @practice: the attempt
   * @transcript: its transcript
   * @result: what the #CalAttemptAnalysisFunc returned, freed after the emission
   *
   * The analysis asked for with cal_attempt_analysis_continue_in_thread()
   * is done; the run is over.
   */
  signals[ANALYSED] = g_signal_new ("analysed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                    CAL_TYPE_PRACTICE, CAL_TYPE_TRANSCRIPT, G_TYPE_POINTER);

  /**
   * CalAttemptAnalysis::failed:
   * @practice: the attempt
   * @message: what to show about the attempt
   * @toast: (nullable): what to tell the user in passing, if anything
   *
   * The run stopped: the recording is missing, transcribing or analysing
   * failed, or the user cancelled. The attempt itself is kept.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                  CAL_TYPE_PRACTICE, G_TYPE_STRING, G_TYPE_STRING);
}

static void
cal_attempt_analysis_init (CalAttemptAnalysis *self)
{
}

CalAttemptAnalysis *
cal_attempt_analysis_new (void)
{
  return g_object_new (CAL_TYPE_ATTEMPT_ANALYSIS, NULL);
}

/**
 * cal_attempt_analysis_start:
 * @self: a #CalAttemptAnalysis
 * @practice: a stored attempt
 * @status: what to show while it is transcribed
 *
 * Transcribes @practice's recording in the background, replacing the run
 * under way if any. A missing recording emits #CalAttemptAnalysis::failed
 * before this returns.
 */
void
cal_attempt_analysis_start (CalAttemptAnalysis *self,
                            CalPractice        *practice,
                            const char         *status)
{
  const char *audio;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (CAL_IS_ATTEMPT_ANALYSIS (self));
  g_return_if_fail (CAL_IS_PRACTICE (practice));

  cal_attempt_analysis_cancel (self);

  audio = cal_practice_get_audio_path (practice);
  if (*audio == '\0' || !g_file_test (audio, G_FILE_TEST_IS_REGULAR))
    {
      g_signal_emit (self, signals[FAILED], 0, practice,
                     _("The recording of this attempt is missing, so it cannot be transcribed."),
                     NULL);
      return;
    }

  if (self->transcriber == NULL)
    {
      self->transcriber = cal_transcriber_new (NULL);
      g_signal_connect (self->transcriber, "progress", G_CALLBACK (on_transcribe_progress), self);
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_practice (self, practice);
  set_status (self, status);
  set_fraction (self, 0.0);

  file = g_file_new_for_path (audio);
  cal_transcriber_transcribe_async (self->transcriber, file, self->cancellable,
                                    transcribe_done_cb, g_object_ref (self));
}

/**
 * cal_attempt_analysis_continue_in_thread:
 * @self: a #CalAttemptAnalysis
 * @status: what to show while @func runs
 * @func: the analysis, run in a worker thread
 * @job: (transfer full): what @func needs, gathered on the main thread
 * @job_free: (nullable): frees @job
 * @result_free: (nullable): frees what @func returns
 *
 * Only from a #CalAttemptAnalysis::transcribed handler: the run goes on
 * with @func, and ends with #CalAttemptAnalysis::analysed or
 * #CalAttemptAnalysis::failed. The cancellation covers @func too.
 */
void
cal_attempt_analysis_continue_in_thread (CalAttemptAnalysis     *self,
                                         const char             *status,
                                         CalAttemptAnalysisFunc  func,
                                         gpointer                job,
                                         GDestroyNotify          job_free,
                                         GDestroyNotify          result_free)
{
  g_autoptr(GTask) task = NULL;
  Step *step;

  g_return_if_fail (CAL_IS_ATTEMPT_ANALYSIS (self));
  g_return_if_fail (func != NULL);
  g_return_if_fail (self->transcript != NULL);

  step = g_new0 (Step, 1);
  step->transcript = g_object_ref (self->transcript);
  step->func = func;
  step->job = job;
  step->job_free = job_free;
  step->result_free = result_free;

  self->continued = TRUE;
  set_status (self, status);
  set_fraction (self, 1.0);

  task = g_task_new (self, self->cancellable, analyse_done_cb, NULL);
  g_task_set_source_tag (task, cal_attempt_analysis_continue_in_thread);
  g_task_set_task_data (task, step, (GDestroyNotify) step_free);
  g_task_run_in_thread (task, analyse_thread);
}

/**
 * cal_attempt_analysis_cancel:
 * @self: a #CalAttemptAnalysis
 *
 * Stops the run under way, if any; #CalAttemptAnalysis::failed reports it.
 */
void
cal_attempt_analysis_cancel (CalAttemptAnalysis *self)
{
  g_return_if_fail (CAL_IS_ATTEMPT_ANALYSIS (self));

  if (self->practice != NULL)
    g_cancellable_cancel (self->cancellable);
}

/**
 * cal_attempt_analysis_get_analysing:
 * @self: a #CalAttemptAnalysis
 *
 * Returns: %TRUE while an attempt is being transcribed or analysed
 */
gboolean
cal_attempt_analysis_get_analysing (CalAttemptAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_ATTEMPT_ANALYSIS (self), FALSE);

  return self->practice != NULL;
}

/**
 * cal_attempt_analysis_get_practice:
 * @self: a #CalAttemptAnalysis
 *
 * Returns: (transfer none) (nullable): the attempt being analysed
 */
CalPractice *
cal_attempt_analysis_get_practice (CalAttemptAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_ATTEMPT_ANALYSIS (self), NULL);

  return self->practice;
}

/**
 * cal_attempt_analysis_get_status:
 * @self: a #CalAttemptAnalysis
 *
 * Returns: (nullable): what the run is doing, as the view put it
 */
const char *
cal_attempt_analysis_get_status (CalAttemptAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_ATTEMPT_ANALYSIS (self), NULL);

  return self->status;
}

/**
 * cal_attempt_analysis_get_fraction:
 * @self: a #CalAttemptAnalysis
 *
 * Returns: how far the run has come, from 0 to 1
 */
double
cal_attempt_analysis_get_fraction (CalAttemptAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_ATTEMPT_ANALYSIS (self), 0.0);

  return self->fraction;
}
