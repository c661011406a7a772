/* cal-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-preferences-window.h"

struct _CalPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkAdjustment        *autosave_adjustment;
  AdwComboRow          *page_size_row;
  GtkSpinButton        *quiet_spin;
  GtkSpinButton        *max_recording_spin;
  GtkSpinButton        *pace_min_spin;
  GtkSpinButton        *pace_max_spin;
  GtkSpinButton        *target_length_spin;
};

G_DEFINE_FINAL_TYPE (CalPreferencesWindow, cal_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The autosave delay is stored in milliseconds but shown in seconds. */
static gboolean
milliseconds_to_seconds (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant) / 1000.0);
  return TRUE;
}

static GVariant *
seconds_to_milliseconds (const GValue       *value,
                         const GVariantType *expected_type,
                         gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32) (g_value_get_double (value) * 1000.0 + 0.5));
}

static gboolean
page_size_to_position (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "letter") ? 1 : 0);
  return TRUE;
}

static GVariant *
position_to_page_size (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "letter" : "a4");
}

static void
bind_spin (CalPreferencesWindow *self,
           const char           *key,
           GtkSpinButton        *spin)
{
  g_settings_bind (self->settings, key,
                   gtk_spin_button_get_adjustment (spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
cal_preferences_window_constructed (GObject *object)
{
  CalPreferencesWindow *self = CAL_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (cal_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "autosave-interval",
                                self->autosave_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT,
                                milliseconds_to_seconds, seconds_to_milliseconds,
                                NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "page-size",
                                self->page_size_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                page_size_to_position, position_to_page_size,
                                NULL, NULL);
  bind_spin (self, "quiet-process-days", self->quiet_spin);
  bind_spin (self, "max-recording-seconds", self->max_recording_spin);
  bind_spin (self, "pace-min-wpm", self->pace_min_spin);
  bind_spin (self, "pace-max-wpm", self->pace_max_spin);
  bind_spin (self, "target-answer-seconds", self->target_length_spin);
}

static void
cal_preferences_window_dispose (GObject *object)
{
  CalPreferencesWindow *self = CAL_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cal_preferences_window_parent_class)->dispose (object);
}

static void
cal_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CalPreferencesWindow *self = CAL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_preferences_window_class_init (CalPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cal_preferences_window_constructed;
  object_class->dispose = cal_preferences_window_dispose;
  object_class->set_property = cal_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPreferencesWindow, autosave_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CalPreferencesWindow, page_size_row);
  gtk_widget_class_bind_template_child (widget_class, CalPreferencesWindow, quiet_spin);
  gtk_widget_class_bind_template_child (widget_class, CalPreferencesWindow, max_recording_spin);
  gtk_widget_class_bind_template_child (widget_class, CalPreferencesWindow, pace_min_spin);
  gtk_widget_class_bind_template_child (widget_class, CalPreferencesWindow, pace_max_spin);
  gtk_widget_class_bind_template_child (widget_class, CalPreferencesWindow, target_length_spin);
}

static void
cal_preferences_window_init (CalPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cal_preferences_window_new:
 * @settings: the app's #GSettings
 *
 * Returns: (transfer full): a new preferences window bound to @settings
 */
CalPreferencesWindow *
cal_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (CAL_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
