/* cal-story.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-story.h"

/**
 * CalStory:
 *
 * A STAR story of the story bank. Stories listed by
 * cal_store_list_stories() carry only their title, target level, track,
 * tags and dates; see #CalStory:body-loaded.
 *
 * Every setter notifies only on a real change and then sets
 * #CalStory:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalStory:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalStory
{
  GObject parent_instance;

  gint64     id;
  char      *title;
  char      *situation;
  char      *task;
  char      *action;
  char      *result;
  char      *target_level;
  char      *track;
  char     **tags;
  gboolean   body_loaded;
  gint64     created;
  gint64     updated;
  gboolean   dirty;
};

G_DEFINE_FINAL_TYPE (CalStory, cal_story, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SITUATION,
  PROP_TASK,
  PROP_ACTION,
  PROP_RESULT,
  PROP_TARGET_LEVEL,
  PROP_TRACK,
  PROP_TAGS,
  PROP_BODY_LOADED,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_story_mark_dirty (CalStory *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_story_finalize (GObject *object)
{
  CalStory *self = (CalStory *) object;

  g_free (self->title);
  g_free (self->situation);
  g_free (self->task);
  g_free (self->action);
  g_free (self->result);
  g_free (self->target_level);
  g_free (self->track);
  g_strfreev (self->tags);

  G_OBJECT_CLASS (cal_story_parent_class)->finalize (object);
}

static void
cal_story_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CalStory *self = CAL_STORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SITUATION:
      g_value_set_string (value, self->situation);
      break;

    case PROP_TASK:
      g_value_set_string (value, self->task);
      break;

    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;

    case PROP_RESULT:
      g_value_set_string (value, self->result);
      break;

    case PROP_TARGET_LEVEL:
      g_value_set_string (value, self->target_level);
      break;

    case PROP_TRACK:
      g_value_set_string (value, self->track);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_BODY_LOADED:
      g_value_set_boolean (value, self->body_loaded);
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
cal_story_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CalStory *self = CAL_STORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_story_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      cal_story_set_title (self, g_value_get_string (value));
      break;

    case PROP_SITUATION:
      cal_story_set_situation (self, g_value_get_string (value));
      break;

    case PROP_TASK:
      cal_story_set_task (self, g_value_get_string (value));
      break;

    case PROP_ACTION:
      cal_story_set_action (self, g_value_get_string (value));
      break;

    case PROP_RESULT:
      cal_story_set_result (self, g_value_get_string (value));
      break;

    case PROP_TARGET_LEVEL:
      cal_story_set_target_level (self, g_value_get_string (value));
      break;

    case PROP_TRACK:
      cal_story_set_track (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      cal_story_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_BODY_LOADED:
      cal_story_set_body_loaded (self, g_value_get_boolean (value));
      break;

    case PROP_CREATED:
      cal_story_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      cal_story_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_story_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_story_class_init (CalStoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_story_finalize;
  object_class->get_property = cal_story_get_property;
  object_class->set_property = cal_story_set_property;

  /**
   * CalStory:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:title:
   *
   * A short title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:situation:
   *
   * The Situation part.
   */
  properties[PROP_SITUATION] =
    g_param_spec_string ("situation", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:task:
   *
   * The Task part.
   */
  properties[PROP_TASK] =
    g_param_spec_string ("task", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:action:
   *
   * The Action part.
   */
  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:result:
   *
   * The Result part.
   */
  properties[PROP_RESULT] =
    g_param_spec_string ("result", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:target-level:
   *
   * The level id the story is aimed at, e.g. `staff`.
   */
  properties[PROP_TARGET_LEVEL] =
    g_param_spec_string ("target-level", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:track:
   *
   * The role family id the story is aimed at.
   */
  properties[PROP_TRACK] =
    g_param_spec_string ("track", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:tags:
   *
   * The story's tags.
   */
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:body-loaded:
   *
   * Whether the situation, task, action and result were loaded. A story from a list has them only after cal_store_load_story_body(); saving a story without them keeps the stored ones.
   */
  properties[PROP_BODY_LOADED] =
    g_param_spec_boolean ("body-loaded", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:updated:
   *
   * When it was last stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalStory:dirty:
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
cal_story_init (CalStory *self)
{
  self->title = g_strdup ("");
  self->situation = g_strdup ("");
  self->task = g_strdup ("");
  self->action = g_strdup ("");
  self->result = g_strdup ("");
  self->target_level = g_strdup ("");
  self->track = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->body_loaded = TRUE;
}

/**
 * cal_story_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalStory
 */
CalStory *
cal_story_new (void)
{
  return g_object_new (CAL_TYPE_STORY, NULL);
}

/**
 * cal_story_get_id:
 * @self: a #CalStory
 *
 * Returns: the #CalStory:id property
 */
gint64
cal_story_get_id (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), 0);

  return self->id;
}

/**
 * cal_story_set_id:
 * @self: a #CalStory
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalStory:id property.
 */
void
cal_story_set_id (CalStory *self,
                  gint64 id)
{
  g_return_if_fail (CAL_IS_STORY (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_story_get_title:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:title property, never %NULL
 */
const char *
cal_story_get_title (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return self->title;
}

/**
 * cal_story_set_title:
 * @self: a #CalStory
 * @title: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalStory:title property.
 */
void
cal_story_set_title (CalStory *self,
                     const char *title)
{
  g_return_if_fail (CAL_IS_STORY (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_situation:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:situation property, never %NULL
 */
const char *
cal_story_get_situation (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return self->situation;
}

/**
 * cal_story_set_situation:
 * @self: a #CalStory
 * @situation: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalStory:situation property.
 */
void
cal_story_set_situation (CalStory *self,
                         const char *situation)
{
  g_return_if_fail (CAL_IS_STORY (self));

  if (g_strcmp0 (self->situation, situation != NULL ? situation : "") == 0)
    return;

  g_free (self->situation);
  self->situation = g_strdup (situation != NULL ? situation : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITUATION]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_task:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:task property, never %NULL
 */
const char *
cal_story_get_task (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return self->task;
}

/**
 * cal_story_set_task:
 * @self: a #CalStory
 * @task: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalStory:task property.
 */
void
cal_story_set_task (CalStory *self,
                    const char *task)
{
  g_return_if_fail (CAL_IS_STORY (self));

  if (g_strcmp0 (self->task, task != NULL ? task : "") == 0)
    return;

  g_free (self->task);
  self->task = g_strdup (task != NULL ? task : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TASK]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_action:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:action property, never %NULL
 */
const char *
cal_story_get_action (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return self->action;
}

/**
 * cal_story_set_action:
 * @self: a #CalStory
 * @action: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalStory:action property.
 */
void
cal_story_set_action (CalStory *self,
                      const char *action)
{
  g_return_if_fail (CAL_IS_STORY (self));

  if (g_strcmp0 (self->action, action != NULL ? action : "") == 0)
    return;

  g_free (self->action);
  self->action = g_strdup (action != NULL ? action : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_result:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:result property, never %NULL
 */
const char *
cal_story_get_result (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return self->result;
}

/**
 * cal_story_set_result:
 * @self: a #CalStory
 * @result: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalStory:result property.
 */
void
cal_story_set_result (CalStory *self,
                      const char *result)
{
  g_return_if_fail (CAL_IS_STORY (self));

  if (g_strcmp0 (self->result, result != NULL ? result : "") == 0)
    return;

  g_free (self->result);
  self->result = g_strdup (result != NULL ? result : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_target_level:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:target-level property, never %NULL
 */
const char *
cal_story_get_target_level (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return self->target_level;
}

/**
 * cal_story_set_target_level:
 * @self: a #CalStory
 * @target_level: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalStory:target-level property.
 */
void
cal_story_set_target_level (CalStory *self,
                            const char *target_level)
{
  g_return_if_fail (CAL_IS_STORY (self));

  if (g_strcmp0 (self->target_level, target_level != NULL ? target_level : "") == 0)
    return;

  g_free (self->target_level);
  self->target_level = g_strdup (target_level != NULL ? target_level : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_LEVEL]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_track:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:track property, never %NULL
 */
const char *
cal_story_get_track (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return self->track;
}

/**
 * cal_story_set_track:
 * @self: a #CalStory
 * @track: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalStory:track property.
 */
void
cal_story_set_track (CalStory *self,
                     const char *track)
{
  g_return_if_fail (CAL_IS_STORY (self));

  if (g_strcmp0 (self->track, track != NULL ? track : "") == 0)
    return;

  g_free (self->track);
  self->track = g_strdup (track != NULL ? track : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_tags:
 * @self: a #CalStory
 *
 * Returns: (transfer none) the #CalStory:tags property, never %NULL
 */
const char * const *
cal_story_get_tags (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), NULL);

  return (const char * const *) self->tags;
}

/**
 * cal_story_set_tags:
 * @self: a #CalStory
 * @tags: (nullable) (array zero-terminated=1): the new value; %NULL is stored as an empty list
 *
 * Sets the #CalStory:tags property.
 */
void
cal_story_set_tags (CalStory *self,
                    const char * const *tags)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (CAL_IS_STORY (self));

  if (tags == NULL)
    tags = empty;

  if (g_strv_equal ((const char * const *) self->tags, tags))
    return;

  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
  cal_story_mark_dirty (self);
}

/**
 * cal_story_get_body_loaded:
 * @self: a #CalStory
 *
 * Returns: the #CalStory:body-loaded property
 */
gboolean
cal_story_get_body_loaded (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), FALSE);

  return self->body_loaded;
}

/**
 * cal_story_set_body_loaded:
 * @self: a #CalStory
 * @body_loaded: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalStory:body-loaded property.
 */
void
cal_story_set_body_loaded (CalStory *self,
                           gboolean body_loaded)
{
  g_return_if_fail (CAL_IS_STORY (self));

  body_loaded = !!body_loaded;
  if (self->body_loaded == body_loaded)
    return;

  self->body_loaded = body_loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_LOADED]);
}

/**
 * cal_story_get_created:
 * @self: a #CalStory
 *
 * Returns: the #CalStory:created property
 */
gint64
cal_story_get_created (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), 0);

  return self->created;
}

/**
 * cal_story_set_created:
 * @self: a #CalStory
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalStory:created property.
 */
void
cal_story_set_created (CalStory *self,
                       gint64 created)
{
  g_return_if_fail (CAL_IS_STORY (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_story_get_updated:
 * @self: a #CalStory
 *
 * Returns: the #CalStory:updated property
 */
gint64
cal_story_get_updated (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), 0);

  return self->updated;
}

/**
 * cal_story_set_updated:
 * @self: a #CalStory
 * @updated: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalStory:updated property.
 */
void
cal_story_set_updated (CalStory *self,
                       gint64 updated)
{
  g_return_if_fail (CAL_IS_STORY (self));

  g_return_if_fail (updated >= 0);

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * cal_story_get_dirty:
 * @self: a #CalStory
 *
 * Returns: the #CalStory:dirty property
 */
gboolean
cal_story_get_dirty (CalStory *self)
{
  g_return_val_if_fail (CAL_IS_STORY (self), FALSE);

  return self->dirty;
}

/**
 * cal_story_set_dirty:
 * @self: a #CalStory
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalStory:dirty property.
 */
void
cal_story_set_dirty (CalStory *self,
                     gboolean dirty)
{
  g_return_if_fail (CAL_IS_STORY (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
