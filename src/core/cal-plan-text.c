/* cal-plan-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plan-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-plan-text.h"

/* Names and day ranges of the phases, and the plain-text forms of a plan
 * that the CLI prints and the editor copies: one place, so the app, the
 * command line and the clipboard all say the same thing. */

static const struct
{
  const char *id;
  const char *name;
  const char *days;
} phases[CAL_PLAN_N_PHASES] = {
  /* Translators: the first phase of a 90-day plan */
  { "learn", N_("Learn"), N_("Days 1–30") },
  /* Translators: the second phase of a 90-day plan */
  { "diagnose", N_("Diagnose"), N_("Days 31–60") },
  /* Translators: the third phase of a 90-day plan */
  { "act", N_("Act"), N_("Days 61–90") },
};

/**
 * cal_plan_phase_id:
 * @index: 0, 1 or 2
 *
 * Returns: the phase id stored in the database: "learn", "diagnose", "act"
 */
const char *
cal_plan_phase_id (guint index)
{
  g_return_val_if_fail (index < CAL_PLAN_N_PHASES, NULL);

  return phases[index].id;
}

/**
 * cal_plan_phase_index:
 * @phase: (nullable): a phase id
 *
 * Returns: the position of @phase in the plan, or -1 if it is not one
 */
int
cal_plan_phase_index (const char *phase)
{
  for (guint i = 0; i < CAL_PLAN_N_PHASES; i++)
    if (g_strcmp0 (phases[i].id, phase) == 0)
      return i;

  return -1;
}

/**
 * cal_plan_phase_get_name:
 * @phase: a phase id
 *
 * Returns: the translated name, e.g. "Diagnose"
 */
const char *
cal_plan_phase_get_name (const char *phase)
{
  int i = cal_plan_phase_index (phase);

  g_return_val_if_fail (i >= 0, "");

  return _(phases[i].name);
}

/**
 * cal_plan_phase_get_days:
 * @phase: a phase id
 *
 * Returns: the translated day range, e.g. "Days 31–60"
 */
const char *
cal_plan_phase_get_days (const char *phase)
{
  int i = cal_plan_phase_index (phase);

  g_return_val_if_fail (i >= 0, "");

  return _(phases[i].days);
}

/**
 * cal_plan_priority_label:
 * @priority: 1, 2 or 3
 *
 * Returns: the short badge of a priority, "P1" to "P3"
 */
const char *
cal_plan_priority_label (int priority)
{
  switch (priority)
    {
    /* Translators: priority badges of plan items; P1 is the most important */
    case 1: return _("P1");
    case 2: return _("P2");
    case 3: return _("P3");
    default: g_return_val_if_reached ("");
    }
}

/**
 * cal_plan_format_title:
 * @job: (nullable): the job the plan is for
 *
 * Returns: (transfer full): the default title of a plan for @job, e.g.
 *   "First 90 days as Director, Engineering at GitLab"
 */
char *
cal_plan_format_title (CalJob *job)
{
  const char *role = job != NULL ? cal_job_get_title (job) : "";
  const char *company = job != NULL ? cal_job_get_company (job) : "";

  if (*role != '\0' && *company != '\0')
    /* Translators: a plan's title: the role, then the company */
    return g_strdup_printf (_("First 90 days as %s at %s"), role, company);
  if (*role != '\0')
    return g_strdup_printf (_("First 90 days as %s"), role);
  if (*company != '\0')
    return g_strdup_printf (_("First 90 days at %s"), company);

  return g_strdup (_("First 90 days"));
}

/* One line of Markdown must not start a list or a heading by accident,
 * and must not break the item's indentation. */
static void
append_indented (GString    *out,
                 const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      g_string_append_printf (out, "  %s\n", lines[i]);
    }
}

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append_printf (out, "  *%s:* %s\n", label, value);
}

/**
 * cal_plan_to_markdown:
 * @plan: the plan
 * @items: a #GListModel of #CalPlanItem
 * @job: (nullable): the job the plan is for
 *
 * Formats the plan as Markdown: a heading per phase, an item per bullet
 * with its priority, detail, rationale, stakeholders, product area and
 * measurable outcome. Items are grouped by phase whatever their order in
 * @items; within a phase they keep it.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
cal_plan_to_markdown (CalPlan    *plan,
                      GListModel *items,
                      CalJob     *job)
{
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (CAL_IS_PLAN (plan), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  if (*cal_plan_get_title (plan) != '\0')
    g_string_append_printf (out, "# %s\n", cal_plan_get_title (plan));
  else
    {
      g_autofree char *title = cal_plan_format_title (job);
      g_string_append_printf (out, "# %s\n", title);
    }

  if (job != NULL && *cal_job_get_title (job) != '\0')
    {
      g_string_append_c (out, '\n');
      if (*cal_job_get_company (job) != '\0')
        /* Translators: under a plan's title: the role and the company */
        g_string_append_printf (out, _("For the role of %s at %s."), cal_job_get_title (job),
                                cal_job_get_company (job));
      else
        g_string_append_printf (out, _("For the role of %s."), cal_job_get_title (job));
      g_string_append_c (out, '\n');
    }

  n = g_list_model_get_n_items (items);
  for (guint p = 0; p < CAL_PLAN_N_PHASES; p++)
    {
      const char *phase = cal_plan_phase_id (p);
      gboolean any = FALSE;

      /* Translators: a phase heading, e.g. "Learn — Days 1–30" */
      g_string_append_printf (out, "\n## %s — %s\n\n", cal_plan_phase_get_name (phase),
                              cal_plan_phase_get_days (phase));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);

          if (g_strcmp0 (cal_plan_item_get_phase (item), phase) != 0)
            continue;

          any = TRUE;
          g_string_append_printf (out, "- **%s** %s\n",
                                  cal_plan_priority_label (cal_plan_item_get_priority (item)),
                                  *cal_plan_item_get_title (item) != '\0' ? cal_plan_item_get_title (item)
                                                                          : _("Untitled item"));
          append_indented (out, cal_plan_item_get_detail (item));
          append_field (out, _("Why"), cal_plan_item_get_rationale (item));
          append_field (out, _("Stakeholders"), cal_plan_item_get_stakeholder (item));
          append_field (out, _("Product area"), cal_plan_item_get_product_area (item));
          append_field (out, _("Measurable outcome"), cal_plan_item_get_outcome (item));
        }

      if (!any)
        g_string_append_printf (out, "%s\n", _("Nothing planned for this phase yet."));
    }

  return g_string_free (out, FALSE);
}
