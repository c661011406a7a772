/* cal-job.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-job.h"

/**
 * CalJob:
 *
 * A job description the user imported, with its analysis and the user's
 * corrections.
 *
 * Every setter notifies only on a real change and then sets
 * #CalJob:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalJob:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalJob
{
  GObject parent_instance;

  gint64    id;
  char     *company;
  char     *title;
  char     *track;
  char     *level;
  char     *location;
  char     *remote;
  char     *source_text;
  char     *analysis;
  char     *overrides;
  gint64    created;
  gint64    updated;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalJob, cal_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COMPANY,
  PROP_TITLE,
  PROP_TRACK,
  PROP_LEVEL,
  PROP_LOCATION,
  PROP_REMOTE,
  PROP_SOURCE_TEXT,
  PROP_ANALYSIS,
  PROP_OVERRIDES,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_job_mark_dirty (CalJob *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_job_finalize (GObject *object)
{
  CalJob *self = (CalJob *) object;

  g_free (self->company);
  g_free (self->title);
  g_free (self->track);
  g_free (self->level);
  g_free (self->location);
  g_free (self->remote);
  g_free (self->source_text);
  g_free (self->analysis);
  g_free (self->overrides);

  G_OBJECT_CLASS (cal_job_parent_class)->finalize (object);
}

static void
cal_job_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CalJob *self = CAL_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TRACK:
      g_value_set_string (value, self->track);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_REMOTE:
      g_value_set_string (value, self->remote);
      break;

    case PROP_SOURCE_TEXT:
      g_value_set_string (value, self->source_text);
      break;

    case PROP_ANALYSIS:
      g_value_set_string (value, self->analysis);
      break;

    case PROP_OVERRIDES:
      g_value_set_string (value, self->overrides);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_job_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CalJob *self = CAL_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_job_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_COMPANY:
      cal_job_set_company (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cal_job_set_title (self, g_value_get_string (value));
      break;

    case PROP_TRACK:
      cal_job_set_track (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      cal_job_set_level (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      cal_job_set_location (self, g_value_get_string (value));
      break;

    case PROP_REMOTE:
      cal_job_set_remote (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_TEXT:
      cal_job_set_source_text (self, g_value_get_string (value));
      break;

    case PROP_ANALYSIS:
      cal_job_set_analysis (self, g_value_get_string (value));
      break;

    case PROP_OVERRIDES:
      cal_job_set_overrides (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_job_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      cal_job_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_job_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_job_class_init (CalJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_job_finalize;
  object_class->get_property = cal_job_get_property;
  object_class->set_property = cal_job_set_property;

  /**
   * CalJob:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:company:
   *
   * The hiring company.
   */
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:title:
   *
   * The job title as written in the description.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:track:
   *
   * The role family id, e.g. `backend-engineer`.
   */
  properties[PROP_TRACK] =
    g_param_spec_string ("track", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:level:
   *
   * The level id, e.g. `senior`.
   */
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:location:
   *
   * Where the job is, as written.
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:remote:
   *
   * `remote`, `hybrid`, `onsite` or empty when unknown.
   */
  properties[PROP_REMOTE] =
    g_param_spec_string ("remote", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:source-text:
   *
   * The job description text as imported.
   */
  properties[PROP_SOURCE_TEXT] =
    g_param_spec_string ("source-text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:analysis:
   *
   * The analysis of the description, as JSON text.
   */
  properties[PROP_ANALYSIS] =
    g_param_spec_string ("analysis", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:overrides:
   *
   * The user's corrections to the analysis, as JSON text.
   */
  properties[PROP_OVERRIDES] =
    g_param_spec_string ("overrides", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:updated:
   *
   * When it was last stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalJob:dirty:
   *
   * Whether a property changed since the object was last loaded or stored.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cal_job_init (CalJob *self)
{
  self->company = g_strdup ("");
  self->title = g_strdup ("");
  self->track = g_strdup ("");
  self->level = g_strdup ("");
  self->location = g_strdup ("");
  self->remote = g_strdup ("");
  self->source_text = g_strdup ("");
  self->analysis = g_strdup ("");
  self->overrides = g_strdup ("");
}

/**
 * cal_job_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalJob
 */
CalJob *
cal_job_new (void)
{
  return g_object_new (CAL_TYPE_JOB, NULL);
}

/**
 * cal_job_get_id:
 * @self: a #CalJob
 *
 * Returns: the #CalJob:id property
 */
gint64
cal_job_get_id (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), 0);

  return self->id;
}

/**
 * cal_job_set_id:
 * @self: a #CalJob
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalJob:id property.
 */
void
cal_job_set_id (CalJob *self,
                gint64 id)
{
  g_return_if_fail (CAL_IS_JOB (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_job_get_company:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:company property, never %NULL
 */
const char *
cal_job_get_company (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->company;
}

/**
 * cal_job_set_company:
 * @self: a #CalJob
 * @company: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:company property.
 */
void
cal_job_set_company (CalJob *self,
                     const char *company)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->company, company != NULL ? company : "") == 0)
    return;

  g_free (self->company);
  self->company = g_strdup (company != NULL ? company : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_title:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:title property, never %NULL
 */
const char *
cal_job_get_title (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->title;
}

/**
 * cal_job_set_title:
 * @self: a #CalJob
 * @title: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:title property.
 */
void
cal_job_set_title (CalJob *self,
                   const char *title)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_track:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:track property, never %NULL
 */
const char *
cal_job_get_track (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->track;
}

/**
 * cal_job_set_track:
 * @self: a #CalJob
 * @track: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:track property.
 */
void
cal_job_set_track (CalJob *self,
                   const char *track)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->track, track != NULL ? track : "") == 0)
    return;

  g_free (self->track);
  self->track = g_strdup (track != NULL ? track : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_level:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:level property, never %NULL
 */
const char *
cal_job_get_level (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->level;
}

/**
 * cal_job_set_level:
 * @self: a #CalJob
 * @level: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:level property.
 */
void
cal_job_set_level (CalJob *self,
                   const char *level)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->level, level != NULL ? level : "") == 0)
    return;

  g_free (self->level);
  self->level = g_strdup (level != NULL ? level : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_location:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:location property, never %NULL
 */
const char *
cal_job_get_location (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->location;
}

/**
 * cal_job_set_location:
 * @self: a #CalJob
 * @location: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:location property.
 */
void
cal_job_set_location (CalJob *self,
                      const char *location)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->location, location != NULL ? location : "") == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location != NULL ? location : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_remote:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:remote property, never %NULL
 */
const char *
cal_job_get_remote (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->remote;
}

/**
 * cal_job_set_remote:
 * @self: a #CalJob
 * @remote: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:remote property.
 */
void
cal_job_set_remote (CalJob *self,
                    const char *remote)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->remote, remote != NULL ? remote : "") == 0)
    return;

  g_free (self->remote);
  self->remote = g_strdup (remote != NULL ? remote : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMOTE]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_source_text:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:source-text property, never %NULL
 */
const char *
cal_job_get_source_text (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->source_text;
}

/**
 * cal_job_set_source_text:
 * @self: a #CalJob
 * @source_text: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:source-text property.
 */
void
cal_job_set_source_text (CalJob *self,
                         const char *source_text)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->source_text, source_text != NULL ? source_text : "") == 0)
    return;

  g_free (self->source_text);
  self->source_text = g_strdup (source_text != NULL ? source_text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_TEXT]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_analysis:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:analysis property, never %NULL
 */
const char *
cal_job_get_analysis (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->analysis;
}

/**
 * cal_job_set_analysis:
 * @self: a #CalJob
 * @analysis: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:analysis property.
 */
void
cal_job_set_analysis (CalJob *self,
                      const char *analysis)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->analysis, analysis != NULL ? analysis : "") == 0)
    return;

  g_free (self->analysis);
  self->analysis = g_strdup (analysis != NULL ? analysis : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_overrides:
 * @self: a #CalJob
 *
 * Returns: (transfer none) the #CalJob:overrides property, never %NULL
 */
const char *
cal_job_get_overrides (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), NULL);

  return self->overrides;
}

/**
 * cal_job_set_overrides:
 * @self: a #CalJob
 * @overrides: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalJob:overrides property.
 */
void
cal_job_set_overrides (CalJob *self,
                       const char *overrides)
{
  g_return_if_fail (CAL_IS_JOB (self));

  if (g_strcmp0 (self->overrides, overrides != NULL ? overrides : "") == 0)
    return;

  g_free (self->overrides);
  self->overrides = g_strdup (overrides != NULL ? overrides : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRIDES]);
  cal_job_mark_dirty (self);
}

/**
 * cal_job_get_created:
 * @self: a #CalJob
 *
 * Returns: the #CalJob:created property
 */
gint64
cal_job_get_created (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), 0);

  return self->created;
}

/**
 * cal_job_set_created:
 * @self: a #CalJob
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalJob:created property.
 */
void
cal_job_set_created (CalJob *self,
                     gint64 created)
{
  g_return_if_fail (CAL_IS_JOB (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_job_get_updated:
 * @self: a #CalJob
 *
 * Returns: the #CalJob:updated property
 */
gint64
cal_job_get_updated (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), 0);

  return self->updated;
}

/**
 * cal_job_set_updated:
 * @self: a #CalJob
 * @updated: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalJob:updated property.
 */
void
cal_job_set_updated (CalJob *self,
                     gint64 updated)
{
  g_return_if_fail (CAL_IS_JOB (self));

  g_return_if_fail (updated >= 0);

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * cal_job_get_dirty:
 * @self: a #CalJob
 *
 * Returns: the #CalJob:dirty property
 */
gboolean
cal_job_get_dirty (CalJob *self)
{
  g_return_val_if_fail (CAL_IS_JOB (self), FALSE);

  return self->dirty;
}

/**
 * cal_job_set_dirty:
 * @self: a #CalJob
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalJob:dirty property.
 */
void
cal_job_set_dirty (CalJob *self,
                   gboolean dirty)
{
  g_return_if_fail (CAL_IS_JOB (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
