/* cal-cv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-cv.h"

/**
 * CalCv:
 *
 * An imported CV.
 *
 * Every setter notifies only on a real change and then sets
 * #CalCv:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalCv:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalCv
{
  GObject parent_instance;

  gint64    id;
  char     *text;
  char     *file_name;
  gint64    imported;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalCv, cal_cv, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_FILE_NAME,
  PROP_IMPORTED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_cv_mark_dirty (CalCv *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_cv_finalize (GObject *object)
{
  CalCv *self = (CalCv *) object;

  g_free (self->text);
  g_free (self->file_name);

  G_OBJECT_CLASS (cal_cv_parent_class)->finalize (object);
}

static void
cal_cv_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  CalCv *self = CAL_CV (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_IMPORTED:
      g_value_set_int64 (value, self->imported);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_cv_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  CalCv *self = CAL_CV (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_cv_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TEXT:
      cal_cv_set_text (self, g_value_get_string (value));
      break;

    case PROP_FILE_NAME:
      cal_cv_set_file_name (self, g_value_get_string (value));
      break;

    case PROP_IMPORTED:
      cal_cv_set_imported (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_cv_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_cv_class_init (CalCvClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_cv_finalize;
  object_class->get_property = cal_cv_get_property;
  object_class->set_property = cal_cv_set_property;

  /**
   * CalCv:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalCv:text:
   *
   * The CV's plain text.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalCv:file-name:
   *
   * The name of the file it was imported from.
   */
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalCv:imported:
   *
   * When it was imported, in seconds since 1970 (UTC); 0 before it is stored.
   */
  properties[PROP_IMPORTED] =
    g_param_spec_int64 ("imported", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalCv:dirty:
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
cal_cv_init (CalCv *self)
{
  self->text = g_strdup ("");
  self->file_name = g_strdup ("");
}

/**
 * cal_cv_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalCv
 */
CalCv *
cal_cv_new (void)
{
  return g_object_new (CAL_TYPE_CV, NULL);
}

/**
 * cal_cv_get_id:
 * @self: a #CalCv
 *
 * Returns: the #CalCv:id property
 */
gint64
cal_cv_get_id (CalCv *self)
{
  g_return_val_if_fail (CAL_IS_CV (self), 0);

  return self->id;
}

/**
 * cal_cv_set_id:
 * @self: a #CalCv
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalCv:id property.
 */
void
cal_cv_set_id (CalCv *self,
               gint64 id)
{
  g_return_if_fail (CAL_IS_CV (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_cv_get_text:
 * @self: a #CalCv
 *
 * Returns: (transfer none) the #CalCv:text property, never %NULL
 */
const char *
cal_cv_get_text (CalCv *self)
{
  g_return_val_if_fail (CAL_IS_CV (self), NULL);

  return self->text;
}

/**
 * cal_cv_set_text:
 * @self: a #CalCv
 * @text: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalCv:text property.
 */
void
cal_cv_set_text (CalCv *self,
                 const char *text)
{
  g_return_if_fail (CAL_IS_CV (self));

  if (g_strcmp0 (self->text, text != NULL ? text : "") == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text != NULL ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  cal_cv_mark_dirty (self);
}

/**
 * cal_cv_get_file_name:
 * @self: a #CalCv
 *
 * Returns: (transfer none) the #CalCv:file-name property, never %NULL
 */
const char *
cal_cv_get_file_name (CalCv *self)
{
  g_return_val_if_fail (CAL_IS_CV (self), NULL);

  return self->file_name;
}

/**
 * cal_cv_set_file_name:
 * @self: a #CalCv
 * @file_name: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalCv:file-name property.
 */
void
cal_cv_set_file_name (CalCv *self,
                      const char *file_name)
{
  g_return_if_fail (CAL_IS_CV (self));

  if (g_strcmp0 (self->file_name, file_name != NULL ? file_name : "") == 0)
    return;

  g_free (self->file_name);
  self->file_name = g_strdup (file_name != NULL ? file_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
  cal_cv_mark_dirty (self);
}

/**
 * cal_cv_get_imported:
 * @self: a #CalCv
 *
 * Returns: the #CalCv:imported property
 */
gint64
cal_cv_get_imported (CalCv *self)
{
  g_return_val_if_fail (CAL_IS_CV (self), 0);

  return self->imported;
}

/**
 * cal_cv_set_imported:
 * @self: a #CalCv
 * @imported: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalCv:imported property.
 */
void
cal_cv_set_imported (CalCv *self,
                     gint64 imported)
{
  g_return_if_fail (CAL_IS_CV (self));

  g_return_if_fail (imported >= 0);

  if (self->imported == imported)
    return;

  self->imported = imported;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTED]);
}

/**
 * cal_cv_get_dirty:
 * @self: a #CalCv
 *
 * Returns: the #CalCv:dirty property
 */
gboolean
cal_cv_get_dirty (CalCv *self)
{
  g_return_val_if_fail (CAL_IS_CV (self), FALSE);

  return self->dirty;
}

/**
 * cal_cv_set_dirty:
 * @self: a #CalCv
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalCv:dirty property.
 */
void
cal_cv_set_dirty (CalCv *self,
                  gboolean dirty)
{
  g_return_if_fail (CAL_IS_CV (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
