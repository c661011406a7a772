/* cal-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-context.h"

/**
 * CalContext:
 *
 * What the application owns and every window shares: the store, the
 * settings and the one autosave that writes to the store. Windows get it
 * as a construct-only property, so a test can hand them a context over a
 * temporary database.
 */
struct _CalContext
{
  GObject      parent_instance;

  CalStore    *store;
  GSettings   *settings;
  CalAutosave *autosave;
};

G_DEFINE_FINAL_TYPE (CalContext, cal_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_context_constructed (GObject *object)
{
  CalContext *self = (CalContext *) object;

  G_OBJECT_CLASS (cal_context_parent_class)->constructed (object);

  g_assert (CAL_IS_STORE (self->store));
  if (self->settings == NULL)
    self->settings = g_settings_new (SCHEMA_ID);
}

static void
cal_context_dispose (GObject *object)
{
  CalContext *self = (CalContext *) object;

  /* The autosave writes what is left before the store goes away. */
  g_clear_object (&self->autosave);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cal_context_parent_class)->dispose (object);
}

static void
cal_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CalContext *self = CAL_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CalContext *self = CAL_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_context_class_init (CalContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cal_context_constructed;
  object_class->dispose = cal_context_dispose;
  object_class->get_property = cal_context_get_property;
  object_class->set_property = cal_context_set_property;

  /**
   * CalContext:store:
   *
   * The user's data.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CAL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CalContext:settings:
   *
   * The app's settings (schema `com.calibrd.App`).
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cal_context_init (CalContext *self)
{
}

/**
 * cal_context_new:
 * @store: the open store
 * @settings: (nullable): the settings, or %NULL for the app's own schema
 *
 * Returns: (transfer full): a new #CalContext
 */
CalContext *
cal_context_new (CalStore  *store,
                 GSettings *settings)
{
  g_return_val_if_fail (CAL_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (CAL_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * cal_context_get_store:
 * @self: a #CalContext
 *
 * Returns: (transfer none): the store
 */
CalStore *
cal_context_get_store (CalContext *self)
{
  g_return_val_if_fail (CAL_IS_CONTEXT (self), NULL);

  return self->store;
}

/**
 * cal_context_get_settings:
 * @self: a #CalContext
 *
 * Returns: (transfer none): the settings
 */
GSettings *
cal_context_get_settings (CalContext *self)
{
  g_return_val_if_fail (CAL_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * cal_context_get_autosave:
 * @self: a #CalContext
 *
 * The one autosave of the app, created on first use with the interval
 * from the settings.
 *
 * Returns: (transfer none): the autosave
 */
CalAutosave *
cal_context_get_autosave (CalContext *self)
{
  g_return_val_if_fail (CAL_IS_CONTEXT (self), NULL);

  if (self->autosave == NULL)
    self->autosave = cal_autosave_new (self->store, self->settings);

  return self->autosave;
}
