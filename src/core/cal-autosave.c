/* cal-autosave.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-autosave.h"

#define DEFAULT_INTERVAL_MS 2000

/**
 * CalAutosave:
 *
 * Draft-first saving: there is no Save button. An edit makes a model
 * object dirty; the autosave notices (cal_autosave_watch()) or is told
 * (cal_autosave_mark()) and arms a one-shot timer. When it fires, every
 * dirty object is written in one transaction on a worker thread, so
 * typing never waits for the disk.
 *
 * The timer is armed by the first unsaved edit and is not pushed back by
 * later ones: someone who types without pause is still saved every
 * interval. A crash therefore loses at most the last interval of work
 * plus one write.
 *
 * The worker gets copies of the objects (cal_model_copy()), so the UI may
 * keep editing the originals meanwhile; an edit made during a write
 * simply makes the object dirty again and arms the next timer. While
 * writing, the default #GApplication (if any) is held so that it does not
 * quit half-way. Call cal_autosave_flush() before quitting or closing a
 * window: it writes what is left, synchronously.
 */
struct _CalAutosave
{
  GObject      parent_instance;

  CalStore    *store;
  GSettings   *settings;
  guint        interval;

  GHashTable  *watched;    /* object → notify handler id */
  GHashTable  *pending;    /* set of objects with unsaved changes */
  guint        timeout_id;
  gboolean     restoring;  /* re-marking after a failure: do not re-arm */

  struct _WriteJob *in_flight;
};

/* One background write. The worker signals `done` under the mutex so that
 * cal_autosave_flush() can wait for it without spinning a main loop. */
typedef struct _WriteJob
{
  gatomicrefcount  ref_count;
  GMutex           mutex;
  GCond            cond;
  gboolean         done;
  gboolean         applied;
  gboolean         held;
  CalStore        *store;
  GPtrArray       *originals;
  GPtrArray       *copies;
  GError          *error;
} WriteJob;

G_DEFINE_FINAL_TYPE (CalAutosave, cal_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_INTERVAL,
  PROP_PENDING,
  N_PROPS
};

enum {
  SAVED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_write (CalAutosave *self);

static WriteJob *
write_job_ref (WriteJob *job)
{
  g_atomic_ref_count_inc (&job->ref_count);
  return job;
}

static void
write_job_unref (WriteJob *job)
{
  if (!g_atomic_ref_count_dec (&job->ref_count))
    return;

  g_mutex_clear (&job->mutex);
  g_cond_clear (&job->cond);
  g_clear_object (&job->store);
  g_clear_pointer (&job->originals, g_ptr_array_unref);
  g_clear_pointer (&job->copies, g_ptr_array_unref);
  g_clear_error (&job->error);
  g_free (job);
}

static void
notify_pending (CalAutosave *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static gboolean
on_timeout (gpointer user_data)
{
  CalAutosave *self = user_data;

  self->timeout_id = 0;
  start_write (self);
  return G_SOURCE_REMOVE;
}

static void
arm_timer (CalAutosave *self)
{
  if (self->timeout_id != 0 || self->in_flight != NULL || self->restoring)
    return;
  if (g_hash_table_size (self->pending) == 0)
    return;

  self->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT, self->interval, on_timeout,
                                         self, NULL);
  g_source_set_name_by_id (self->timeout_id, "[calibrd] autosave");
}

static void
schedule (CalAutosave *self,
          GObject     *object)
{
  gboolean was_empty = g_hash_table_size (self->pending) == 0;

  if (!g_hash_table_contains (self->pending, object))
    g_hash_table_add (self->pending, g_object_ref (object));

  arm_timer (self);

  if (was_empty)
    notify_pending (self);
}

static void
on_object_notify (GObject    *object,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  CalAutosave *self = user_data;
  const char *name = pspec->name;

  /* The store's bookkeeping changes while an object is written; only a
   * real edit (which also makes the object dirty) needs a write. */
  if (g_str_equal (name, "id") || g_str_equal (name, "created") ||
      g_str_equal (name, "updated") || g_str_equal (name, "imported") ||
      g_str_equal (name, "body-loaded"))
    return;

  if (cal_model_get_dirty (object))
    schedule (self, object);
}

/* Back on the main thread: hand the new ids to the originals, or make
 * them dirty again so nothing is lost. Runs once per job, either from the
 * task callback or from cal_autosave_flush(). */
static void
apply_job (CalAutosave *self,
           WriteJob    *job)
{
  if (job->applied)
    return;
  job->applied = TRUE;

  if (self->in_flight == job)
    {
      self->in_flight = NULL;
      write_job_unref (job);   /* the in_flight reference */
    }

  if (job->error == NULL)
    {
      for (guint i = 0; i < job->originals->len; i++)
        {
          GObject *original = job->originals->pdata[i];
          GObject *copy = job->copies->pdata[i];
          g_autofree GParamSpec **pspecs = NULL;
          guint n;

          /* Only the store's bookkeeping comes back; content the user
           * changed meanwhile stays as it is. */
          pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (copy), &n);
          g_object_freeze_notify (original);
          for (guint p = 0; p < n; p++)
            {
              const char *name = pspecs[p]->name;

              if (g_str_equal (name, "id") || g_str_equal (name, "created") ||
                  g_str_equal (name, "updated") || g_str_equal (name, "imported"))
                {
                  g_auto(GValue) value = G_VALUE_INIT;

                  g_value_init (&value, pspecs[p]->value_type);
                  g_object_get_property (copy, name, &value);
                  g_object_set_property (original, name, &value);
                }
            }
          g_object_thaw_notify (original);
        }

      g_signal_emit (self, signals[SAVED], 0, job->originals->len);
    }
  else
    {
      g_warning ("Autosave failed: %s", job->error->message);

      self->restoring = TRUE;
      for (guint i = 0; i < job->originals->len; i++)
        {
          GObject *original = job->originals->pdata[i];

          g_object_set (original, "dirty", TRUE, NULL);
          schedule (self, original);
        }
      self->restoring = FALSE;

      g_signal_emit (self, signals[FAILED], 0, job->error);
    }

  if (job->held)
    {
      GApplication *app = g_application_get_default ();

      job->held = FALSE;
      if (app != NULL)
        g_application_release (app);
    }

  if (job->error == NULL)
    arm_timer (self);
  notify_pending (self);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  cal_store_save_all (job->store, job->copies, &error);

  g_mutex_lock (&job->mutex);
  job->error = error;
  job->done = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->mutex);

  g_task_return_boolean (task, TRUE);
}

static void
on_write_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CalAutosave *self = CAL_AUTOSAVE (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));

  apply_job (self, job);
}

/* Takes the dirty objects out of the pending set. */
static GPtrArray *
take_dirty (CalAutosave *self)
{
  GPtrArray *objects = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer object;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    {
      if (cal_model_get_dirty (object))
        g_ptr_array_add (objects, g_object_ref (object));
      g_hash_table_iter_remove (&iter);
    }

  return objects;
}

static void
start_write (CalAutosave *self)
{
  g_autoptr(GTask) task = NULL;
  GApplication *app;
  WriteJob *job;

  if (self->in_flight != NULL)
    return;

  job = g_new0 (WriteJob, 1);
  g_atomic_ref_count_init (&job->ref_count);
  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);
  job->store = g_object_ref (self->store);
  job->originals = take_dirty (self);
  job->copies = g_ptr_array_new_with_free_func (g_object_unref);

  if (job->originals->len == 0)
    {
      write_job_unref (job);
      notify_pending (self);
      return;
    }

  for (guint i = 0; i < job->originals->len; i++)
    {
      GObject *original = job->originals->pdata[i];

      g_ptr_array_add (job->copies, cal_model_copy (original));
      /* From here on, a new edit makes it dirty again. */
      g_object_set (original, "dirty", FALSE, NULL);
    }

  app = g_application_get_default ();
  if (app != NULL)
    {
      g_application_hold (app);
      job->held = TRUE;
    }

  self->in_flight = write_job_ref (job);

  task = g_task_new (self, NULL, on_write_done, NULL);
  g_task_set_source_tag (task, start_write);
  g_task_set_name (task, "[calibrd] autosave write");
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_unref);
  g_task_run_in_thread (task, write_in_thread);
}

static void
unwatch_one (gpointer key,
             gpointer value,
             gpointer user_data)
{
  g_signal_handler_disconnect (key, GPOINTER_TO_SIZE (value));
}

static void
cal_autosave_dispose (GObject *object)
{
  CalAutosave *self = (CalAutosave *) object;

  /* Last chance: whatever is still unsaved goes to disk now. */
  if (self->store != NULL && g_hash_table_size (self->pending) > 0)
    {
      g_autoptr(GError) error = NULL;

      if (!cal_autosave_flush (self, &error))
        g_warning ("Unsaved changes could not be written: %s", error->message);
    }

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (self->watched != NULL)
    {
      g_hash_table_foreach (self->watched, unwatch_one, NULL);
      g_hash_table_remove_all (self->watched);
    }
  if (self->pending != NULL)
    g_hash_table_remove_all (self->pending);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cal_autosave_parent_class)->dispose (object);
}

static void
cal_autosave_finalize (GObject *object)
{
  CalAutosave *self = (CalAutosave *) object;

  g_clear_pointer (&self->watched, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);

  G_OBJECT_CLASS (cal_autosave_parent_class)->finalize (object);
}

static void
cal_autosave_constructed (GObject *object)
{
  CalAutosave *self = (CalAutosave *) object;

  G_OBJECT_CLASS (cal_autosave_parent_class)->constructed (object);

  if (self->settings != NULL)
    g_settings_bind (self->settings, "autosave-interval", self, "interval", G_SETTINGS_BIND_GET);
}

static void
cal_autosave_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CalAutosave *self = CAL_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;

    case PROP_PENDING:
      g_value_set_boolean (value, cal_autosave_get_pending (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_autosave_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CalAutosave *self = CAL_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_INTERVAL:
      cal_autosave_set_interval (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_autosave_class_init (CalAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cal_autosave_constructed;
  object_class->dispose = cal_autosave_dispose;
  object_class->finalize = cal_autosave_finalize;
  object_class->get_property = cal_autosave_get_property;
  object_class->set_property = cal_autosave_set_property;

  /**
   * CalAutosave:store:
   *
   * Where the changes go.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CAL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CalAutosave:settings:
   *
   * The app's settings; the interval follows their `autosave-interval`.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CalAutosave:interval:
   *
   * Milliseconds between the first unsaved edit and its write.
   */
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL,
                       1, G_MAXUINT, DEFAULT_INTERVAL_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalAutosave:pending:
   *
   * Whether some changes are not on disk yet (a “Saving…” hint).
   */
  properties[PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalAutosave::saved:
   * @self: the autosave
   * @n_objects: how many objects were written
   *
   * Emitted on the main thread after a background write succeeded.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * CalAutosave::failed:
   * @self: the autosave
   * @error: what went wrong, a %CAL_STORE_ERROR with a message for the user
   *
   * Emitted on the main thread when a background write failed. The
   * objects stay dirty and are written again with the next edit or
   * cal_autosave_flush().
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
cal_autosave_init (CalAutosave *self)
{
  self->interval = DEFAULT_INTERVAL_MS;
  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->pending = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

/**
 * cal_autosave_new:
 * @store: where to write
 * @settings: (nullable): the app's settings (schema `com.calibrd.App`) for
 *   the interval, or %NULL for the default of 2 seconds
 *
 * Returns: (transfer full): a new #CalAutosave
 */
CalAutosave *
cal_autosave_new (CalStore  *store,
                  GSettings *settings)
{
  g_return_val_if_fail (CAL_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (CAL_TYPE_AUTOSAVE,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * cal_autosave_get_store:
 * @self: a #CalAutosave
 *
 * Returns: (transfer none): the store
 */
CalStore *
cal_autosave_get_store (CalAutosave *self)
{
  g_return_val_if_fail (CAL_IS_AUTOSAVE (self), NULL);

  return self->store;
}

/**
 * cal_autosave_get_interval:
 * @self: a #CalAutosave
 *
 * Returns: the delay before a write, in milliseconds
 */
guint
cal_autosave_get_interval (CalAutosave *self)
{
  g_return_val_if_fail (CAL_IS_AUTOSAVE (self), 0);

  return self->interval;
}

/**
 * cal_autosave_set_interval:
 * @self: a #CalAutosave
 * @msec: the delay before a write, in milliseconds
 *
 * Sets the delay; a timer already running keeps its own.
 */
void
cal_autosave_set_interval (CalAutosave *self,
                           guint        msec)
{
  g_return_if_fail (CAL_IS_AUTOSAVE (self));
  g_return_if_fail (msec > 0);

  if (self->interval == msec)
    return;

  self->interval = msec;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

/**
 * cal_autosave_get_pending:
 * @self: a #CalAutosave
 *
 * Returns: whether some changes are not on disk yet
 */
gboolean
cal_autosave_get_pending (CalAutosave *self)
{
  g_return_val_if_fail (CAL_IS_AUTOSAVE (self), FALSE);

  return g_hash_table_size (self->pending) > 0 || self->in_flight != NULL;
}

/**
 * cal_autosave_watch:
 * @self: a #CalAutosave
 * @object: (type GObject): a model object being edited
 *
 * Saves @object whenever it becomes dirty, until cal_autosave_unwatch().
 * Watching keeps a reference. An object that is dirty already is
 * scheduled right away.
 */
void
cal_autosave_watch (CalAutosave *self,
                    gpointer     object)
{
  gulong handler;

  g_return_if_fail (CAL_IS_AUTOSAVE (self));
  g_return_if_fail (G_IS_OBJECT (object));

  if (g_hash_table_contains (self->watched, object))
    return;

  handler = g_signal_connect (object, "notify", G_CALLBACK (on_object_notify), self);
  g_hash_table_insert (self->watched, g_object_ref (object), GSIZE_TO_POINTER (handler));

  if (cal_model_get_dirty (object))
    schedule (self, object);
}

/**
 * cal_autosave_unwatch:
 * @self: a #CalAutosave
 * @object: (type GObject): a watched object
 *
 * Stops watching @object. Changes already made are still saved.
 */
void
cal_autosave_unwatch (CalAutosave *self,
                      gpointer     object)
{
  gpointer handler;

  g_return_if_fail (CAL_IS_AUTOSAVE (self));
  g_return_if_fail (G_IS_OBJECT (object));

  if (!g_hash_table_lookup_extended (self->watched, object, NULL, &handler))
    return;

  g_signal_handler_disconnect (object, GPOINTER_TO_SIZE (handler));
  g_hash_table_remove (self->watched, object);
}

/**
 * cal_autosave_mark:
 * @self: a #CalAutosave
 * @object: (type GObject): a model object that was edited
 *
 * Schedules @object once, for callers that do not watch it. A clean object
 * is marked dirty, so it is written even if no property changed.
 */
void
cal_autosave_mark (CalAutosave *self,
                   gpointer     object)
{
  g_return_if_fail (CAL_IS_AUTOSAVE (self));
  g_return_if_fail (G_IS_OBJECT (object));

  if (!cal_model_get_dirty (object))
    g_object_set (object, "dirty", TRUE, NULL);

  schedule (self, object);
}

/**
 * cal_autosave_flush:
 * @self: a #CalAutosave
 * @error: return location for a #GError
 *
 * Writes every unsaved change now, on this thread, after waiting for a
 * background write that is under way. For quitting and closing windows.
 *
 * Returns: %TRUE if nothing is left unsaved
 */
gboolean
cal_autosave_flush (CalAutosave  *self,
                    GError      **error)
{
  g_autoptr(GPtrArray) objects = NULL;
  WriteJob *job;

  g_return_val_if_fail (CAL_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  job = self->in_flight;
  if (job != NULL)
    {
      write_job_ref (job);
      g_mutex_lock (&job->mutex);
      while (!job->done)
        g_cond_wait (&job->cond, &job->mutex);
      g_mutex_unlock (&job->mutex);

      /* Its ids must reach the originals before they are written again,
       * or a new object would be inserted twice. */
      self->restoring = TRUE;
      apply_job (self, job);
      self->restoring = FALSE;
      write_job_unref (job);
    }

  objects = take_dirty (self);
  if (objects->len > 0 && !cal_store_save_all (self->store, objects, error))
    {
      self->restoring = TRUE;
      for (guint i = 0; i < objects->len; i++)
        schedule (self, objects->pdata[i]);
      self->restoring = FALSE;
      notify_pending (self);
      return FALSE;
    }

  notify_pending (self);
  return TRUE;
}
