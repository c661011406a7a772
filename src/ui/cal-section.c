/* cal-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-section"

#include "config.h"

#include "cal-section.h"

/* CalSection is the one derivable type of the UI: every section of the
 * sidebar (Jobs, Stories, …) is a final subclass. It carries what the window
 * needs from all of them — a title, an icon, whether the leaflet is folded
 * (so the section can show its back button) — and the "toast" signal, so a
 * section never reaches up into the window to show a message. */

typedef struct
{
  CalContext *context;
  char     *title;
  char     *icon_name;
  gboolean  folded;
} CalSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CalSection, cal_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  PROP_ICON_NAME,
  PROP_FOLDED,
  N_PROPS
};

enum {
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
cal_section_dispose (GObject *object)
{
  CalSection *self = CAL_SECTION (object);
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_clear_object (&priv->context);

  G_OBJECT_CLASS (cal_section_parent_class)->dispose (object);
}

static void
cal_section_finalize (GObject *object)
{
  CalSection *self = CAL_SECTION (object);
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->icon_name, g_free);

  G_OBJECT_CLASS (cal_section_parent_class)->finalize (object);
}

static void
cal_section_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CalSection *self = CAL_SECTION (object);
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;

    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, priv->icon_name);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, priv->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_section_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CalSection *self = CAL_SECTION (object);
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      cal_section_set_context (self, g_value_get_object (value));
      break;

    case PROP_TITLE:
      g_free (priv->title);
      priv->title = g_value_dup_string (value);
      break;

    case PROP_ICON_NAME:
      g_free (priv->icon_name);
      priv->icon_name = g_value_dup_string (value);
      break;

    case PROP_FOLDED:
      cal_section_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_section_class_init (CalSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_section_dispose;
  object_class->finalize = cal_section_finalize;
  object_class->get_property = cal_section_get_property;
  object_class->set_property = cal_section_set_property;

  /**
   * CalSection:context:
   *
   * The app's #CalContext (store, settings, autosave). The window sets it
   * once, right after the section is built; sections load their data when
   * it is notified.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CAL_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalSection::toast:
   * @toast: the #AdwToast to show
   *
   * Asks whoever hosts the section to show @toast.
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
cal_section_init (CalSection *self)
{
}

/**
 * cal_section_get_context:
 * @self: a #CalSection
 *
 * Returns: (transfer none) (nullable): the app's context
 */
CalContext *
cal_section_get_context (CalSection *self)
{
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_return_val_if_fail (CAL_IS_SECTION (self), NULL);

  return priv->context;
}

void
cal_section_set_context (CalSection *self,
                         CalContext *context)
{
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_return_if_fail (CAL_IS_SECTION (self));
  g_return_if_fail (!context || CAL_IS_CONTEXT (context));

  if (g_set_object (&priv->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

const char *
cal_section_get_title (CalSection *self)
{
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_return_val_if_fail (CAL_IS_SECTION (self), NULL);

  return priv->title;
}

const char *
cal_section_get_icon_name (CalSection *self)
{
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_return_val_if_fail (CAL_IS_SECTION (self), NULL);

  return priv->icon_name;
}

gboolean
cal_section_get_folded (CalSection *self)
{
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_return_val_if_fail (CAL_IS_SECTION (self), FALSE);

  return priv->folded;
}

void
cal_section_set_folded (CalSection *self,
                        gboolean    folded)
{
  CalSectionPrivate *priv = cal_section_get_instance_private (self);

  g_return_if_fail (CAL_IS_SECTION (self));

  folded = !!folded;
  if (priv->folded == folded)
    return;

  priv->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

/**
 * cal_section_show_toast:
 * @self: a #CalSection
 * @toast: (transfer full): the toast
 */
void
cal_section_show_toast (CalSection *self,
                        AdwToast   *toast)
{
  g_return_if_fail (CAL_IS_SECTION (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_emit (self, signals[TOAST], 0, toast);
  g_object_unref (toast);
}

/**
 * cal_section_toast_message:
 * @self: a #CalSection
 * @message: a short, translated sentence
 */
void
cal_section_toast_message (CalSection *self,
                           const char *message)
{
  cal_section_show_toast (self, adw_toast_new (message));
}
