/* cal-plan-drafter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plan-drafter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cal-jd-analysis.h"
#include "cal-plan-drafter.h"
#include "cal-plan-drafter-private.h"
#include "cal-plan-text.h"

/* The drafter turns a job's analysis into a first-90-days plan the user
 * can defend item by item. The plan's shape follows the role (what a
 * director is judged on differs from what a new engineer is judged on);
 * its specifics come from the job description: every stakeholder and
 * product area the JD names becomes an item that says which phrase it
 * came from, so the user can point at the line in the JD when asked
 * "why this first?".
 *
 * Everything here is a pure function of the job and the catalog: no
 * clock, no randomness, so the same job always drafts the same plan. */

G_DEFINE_QUARK (cal-plan-drafter-error-quark, cal_plan_drafter_error)

#define MAX_ITEMS_PER_PHASE 7

/* Words too general to plan around: "read the code paths behind product"
 * says nothing the other items do not. */
static const char * const generic_areas[] = { "product", "products", "platform", NULL };

/* A stakeholder the plan's own shape already covers (a manager's reports,
 * an engineer's teammates) would only repeat a base item. */
static const char * const *
covered_stakeholders (CalPlanKind kind)
{
  static const char * const executive[] = { "engineers", "engineering managers", NULL };
  static const char * const manager[] = { "engineers", NULL };
  static const char * const individual[] = { "engineers", NULL };
  static const char * const product[] = { "product managers", "customers", NULL };

  switch (kind)
    {
    case CAL_PLAN_KIND_EXECUTIVE: return executive;
    case CAL_PLAN_KIND_MANAGER: return manager;
    case CAL_PLAN_KIND_PRODUCT: return product;
    case CAL_PLAN_KIND_INDIVIDUAL:
    default: return individual;
    }
}

/**
 * cal_plan_kind_to_string:
 * @kind: a #CalPlanKind
 *
 * Returns: a stable id: "individual", "manager", "executive" or "product"
 */
const char *
cal_plan_kind_to_string (CalPlanKind kind)
{
  switch (kind)
    {
    case CAL_PLAN_KIND_MANAGER: return "manager";
    case CAL_PLAN_KIND_EXECUTIVE: return "executive";
    case CAL_PLAN_KIND_PRODUCT: return "product";
    case CAL_PLAN_KIND_INDIVIDUAL:
    default: return "individual";
    }
}

/**
 * cal_plan_drafter_kind_for:
 * @catalog: (nullable): the catalog, or %NULL for the default one
 * @track: (nullable): a track id such as "backend-engineer"
 * @level: (nullable): a level id such as "director"
 *
 * Chooses the plan's shape: an executive level makes an executive plan
 * whatever the track (a Director of Product diagnoses an organisation too);
 * then a management track or level makes a manager's plan, the product
 * manager track a product plan, and everything else an individual
 * contributor's plan.
 *
 * Returns: the kind of plan to draft
 */
CalPlanKind
cal_plan_drafter_kind_for (CalCatalog *catalog,
                           const char *track,
                           const char *level)
{
  const CalCatalogLevel *l = NULL;
  const CalCatalogTrack *t = NULL;

  if (catalog == NULL)
    catalog = cal_catalog_get_default ();

  if (level != NULL && *level != '\0')
    l = cal_catalog_get_level (catalog, level);
  if (track != NULL && *track != '\0')
    t = cal_catalog_get_track (catalog, track);

  if (l != NULL && g_strcmp0 (l->band, "executive") == 0)
    return CAL_PLAN_KIND_EXECUTIVE;
  if ((l != NULL && g_strcmp0 (l->ladder, "management") == 0) ||
      (t != NULL && g_strcmp0 (t->ladder, "management") == 0))
    return CAL_PLAN_KIND_MANAGER;
  if (g_strcmp0 (track, "product-manager") == 0)
    return CAL_PLAN_KIND_PRODUCT;

  return CAL_PLAN_KIND_INDIVIDUAL;
}

static Band
band_for_level (const CalCatalogLevel *level)
{
  if (level == NULL)
    return BAND_MID;
  if (g_strcmp0 (level->band, "entry") == 0)
    return BAND_ENTRY;
  if (g_strcmp0 (level->band, "senior") == 0)
    return BAND_SENIOR;
  if (g_strcmp0 (level->band, "staff-plus") == 0)
    return BAND_STAFF_PLUS;

  return BAND_MID;
}

/* Fills {who}, {area} and {level} into an already translated text. A
 * product area starts a sentence in some templates, so it is given a
 * capital there. */
static char *
fill (const char *text,
      const char *who,
      const char *area,
      const char *level)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  p = text;
  while (*p != '\0')
    {
      const char *value = NULL;
      gsize skip = 0;

      if (g_str_has_prefix (p, "{who}"))
        value = who, skip = strlen ("{who}");
      else if (g_str_has_prefix (p, "{area}"))
        value = area, skip = strlen ("{area}");
      else if (g_str_has_prefix (p, "{level}"))
        value = level, skip = strlen ("{level}");

      if (skip == 0)
        {
          g_string_append_c (out, *p);
          p++;
          continue;
        }

      if (value != NULL && *value != '\0')
        {
          if (out->len == 0 || g_str_has_suffix (out->str, ". "))
            {
              gunichar c = g_utf8_get_char (value);
              char buf[8];

              g_string_append_len (out, buf, g_unichar_to_utf8 (g_unichar_totitle (c), buf));
              g_string_append (out, g_utf8_next_char (value));
            }
          else
            g_string_append (out, value);
        }
      p += skip;
    }

  return g_string_free (out, FALSE);
}

static GPtrArray *
seeds_of (const char * const *values,
          const char * const *skip)
{
  GPtrArray *seeds = g_ptr_array_new ();

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (*values[i] == '\0')
        continue;
      if (skip != NULL && g_strv_contains (skip, values[i]))
        continue;
      g_ptr_array_add (seeds, (gpointer) values[i]);
    }

  return seeds;
}

static CalPlanItem *
item_from_template (const ItemTemplate *t,
                    const char         *who,
                    const char         *area,
                    const char         *level_name,
                    int                 priority)
{
  CalPlanItem *item = cal_plan_item_new ();
  g_autofree char *title = fill (_(t->title), who, area, level_name);
  g_autofree char *detail = fill (_(t->detail), who, area, level_name);
  g_autofree char *rationale = fill (_(t->rationale), who, area, level_name);
  g_autofree char *stakeholder = NULL;
  g_autofree char *outcome = NULL;

  /* "{who}" as a stakeholder is the JD's own phrase, untranslated; it
   * gets a capital like the other stakeholder lines. */
  if (g_strcmp0 (t->stakeholder, "{who}") == 0)
    stakeholder = fill ("{who}", who, NULL, NULL);
  else
    stakeholder = t->stakeholder != NULL && *t->stakeholder != '\0' ? g_strdup (_(t->stakeholder)) : g_strdup ("");
  outcome = t->outcome != NULL ? fill (_(t->outcome), who, area, level_name) : g_strdup ("");

  cal_plan_item_set_phase (item, cal_plan_phase_id (t->phase));
  cal_plan_item_set_priority (item, CLAMP (priority, 1, 3));
  cal_plan_item_set_title (item, title);
  cal_plan_item_set_detail (item, detail);
  cal_plan_item_set_rationale (item, rationale);
  cal_plan_item_set_stakeholder (item, stakeholder);
  cal_plan_item_set_outcome (item, outcome);
  if (t->seed == SEED_AREA)
    {
      g_autofree char *area_label = fill ("{area}", NULL, area, NULL);

      cal_plan_item_set_product_area (item, area_label);
      cal_plan_item_set_source_phrase (item, area);
    }
  else if (t->seed == SEED_STAKEHOLDER)
    cal_plan_item_set_source_phrase (item, who);

  return item;
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  CalPlanItem *ia = *(CalPlanItem **) a;
  CalPlanItem *ib = *(CalPlanItem **) b;

  return cal_plan_item_get_priority (ia) - cal_plan_item_get_priority (ib);
}

static CalJdAnalysis *
analysis_of (CalJob  *job,
             GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (cal_job_get_analysis (job)));
  const char *text = cal_job_get_analysis (job);
  CalJdAnalysis *analysis;

  if (*stripped == '\0')
    goto none;

  if (!json_parser_load_from_data (parser, text, -1, &local_error) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_INVALID_ANALYSIS,
                   _("The stored analysis of this job is damaged, so no plan can be drafted from it. "
                     "Import the job description again to analyse it afresh."));
      return NULL;
    }

  if (json_object_get_size (json_node_get_object (json_parser_get_root (parser))) == 0)
    goto none;

  analysis = cal_jd_analysis_new_from_json (json_parser_get_root (parser), &local_error);
  if (analysis == NULL)
    {
      g_set_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_INVALID_ANALYSIS,
                   _("The stored analysis of this job cannot be read (%s). "
                     "Import the job description again to analyse it afresh."),
                   local_error->message);
      return NULL;
    }
  return analysis;

none:
  g_set_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_NO_ANALYSIS,
               _("This job has no analysis of its job description, so there is nothing to draft a plan from. "
                 "Import the job description first, or start a blank plan."));
  return NULL;
}

/**
 * cal_plan_drafter_draft:
 * @catalog: (nullable): the catalog, or %NULL for the default one
 * @job: a job with an analysis of its job description
 * @items: (out) (transfer full): a #GListModel of #CalPlanItem: learn,
 *   then diagnose, then act, each by position
 * @error: return location for a #GError
 *
 * Drafts a first-90-days plan for @job: three phases (learn, days 1–30;
 * diagnose, 31–60; act, 61–90) of four to seven items each, every item
 * with a priority, a rationale and its stakeholders, the act items with
 * a measurable outcome. Items seeded from the job description carry the
 * phrase they came from in #CalPlanItem:source-phrase.
 *
 * Nothing is stored: the plan and its items have no id yet. Save the
 * plan first, then set each item's plan id and save the items.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 *   (%CAL_PLAN_DRAFTER_ERROR_NO_ANALYSIS when the job was never analysed)
 */
CalPlan *
cal_plan_drafter_draft (CalCatalog  *catalog,
                        CalJob      *job,
                        GListModel **items,
                        GError     **error)
{
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autoptr(GPtrArray) stakeholders = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree char *title = NULL;
  const ItemTemplate *templates;
  const CalCatalogLevel *level;
  const char *track_id, *level_id;
  const char *level_name;
  CalPlanKind kind;
  CalPlan *plan;
  guint n_templates;
  Band band;

  g_return_val_if_fail (CAL_IS_JOB (job), NULL);
  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *items = NULL;

  if (catalog == NULL)
    catalog = cal_catalog_get_default ();

  analysis = analysis_of (job, error);
  if (analysis == NULL)
    return NULL;

  /* The job's own track and level win: the user may have corrected what
   * the analyzer read. */
  track_id = *cal_job_get_track (job) != '\0' ? cal_job_get_track (job) : cal_jd_analysis_get_track (analysis);
  level_id = *cal_job_get_level (job) != '\0' ? cal_job_get_level (job) : cal_jd_analysis_get_level (analysis);
  kind = cal_plan_drafter_kind_for (catalog, track_id, level_id);
  level = level_id != NULL && *level_id != '\0' ? cal_catalog_get_level (catalog, level_id) : NULL;
  /* Without a known level, the items are written for a mid-level role,
   * the most common one. */
  if (level == NULL)
    level = cal_catalog_get_level (catalog, "mid");
  band = band_for_level (level);
  level_name = level != NULL ? level->name : "";

  switch (kind)
    {
    case CAL_PLAN_KIND_EXECUTIVE:
      templates = cal_plan_executive_items;
      n_templates = cal_plan_n_executive_items;
      break;

    case CAL_PLAN_KIND_MANAGER:
      templates = cal_plan_manager_items;
      n_templates = cal_plan_n_manager_items;
      break;

    case CAL_PLAN_KIND_PRODUCT:
      templates = cal_plan_product_items;
      n_templates = cal_plan_n_product_items;
      break;

    case CAL_PLAN_KIND_INDIVIDUAL:
    default:
      templates = cal_plan_individual_items;
      n_templates = cal_plan_n_individual_items;
      break;
    }

  stakeholders = seeds_of (cal_jd_analysis_get_stakeholders (analysis), covered_stakeholders (kind));
  areas = seeds_of (cal_jd_analysis_get_product_areas (analysis), generic_areas);

  store = g_list_store_new (CAL_TYPE_PLAN_ITEM);
  for (guint phase = PHASE_LEARN; phase <= PHASE_ACT; phase++)
    {
      g_autoptr(GPtrArray) phase_items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n_templates; i++)
        {
          const ItemTemplate *t = &templates[i];
          GPtrArray *seeds;
          guint first;

          if (t->phase != phase || (t->bands != BAND_ANY && (t->bands & band) == 0))
            continue;

          if (t->seed == SEED_NONE)
            {
              g_ptr_array_add (phase_items, item_from_template (t, NULL, NULL, level_name, t->priority));
              continue;
            }

          seeds = t->seed == SEED_AREA ? areas : stakeholders;
          /* With few seeds, a template meant for a later one falls back to
           * the first, so the phase still gets its JD-specific item. */
          first = t->first < seeds->len ? t->first : 0;
          for (guint s = first; s < seeds->len && s < first + t->max; s++)
            {
              const char *seed = g_ptr_array_index (seeds, s);
              int priority = t->priority + (int) (s - first);

              g_ptr_array_add (phase_items,
                               item_from_template (t,
                                                   t->seed == SEED_STAKEHOLDER ? seed : NULL,
                                                   t->seed == SEED_AREA ? seed : NULL,
                                                   level_name, priority));
            }
        }

      /* Most important first; within a priority, the templates' order,
       * which puts the role's core work before the rest. */
      g_ptr_array_sort (phase_items, compare_priority);
      for (guint i = 0; i < phase_items->len && i < MAX_ITEMS_PER_PHASE; i++)
        {
          CalPlanItem *item = g_ptr_array_index (phase_items, i);

          cal_plan_item_set_position (item, i);
          g_list_store_append (store, item);
        }
    }

  plan = cal_plan_new ();
  cal_plan_set_job_id (plan, cal_job_get_id (job));
  title = cal_plan_format_title (job);
  cal_plan_set_title (plan, title);

  *items = G_LIST_MODEL (g_steal_pointer (&store));
  return plan;
}

/**
 * cal_plan_drafter_save:
 * @store: the store
 * @plan: a plan that is not stored yet
 * @items: a #GListModel of its #CalPlanItem
 * @error: return location for a #GError
 *
 * Stores a new plan and its items, all or nothing: if the items cannot
 * be written, the plan is removed again, so a failed draft leaves no
 * empty plan behind.
 *
 * Returns: %TRUE if the plan and every item were stored
 */
gboolean
cal_plan_drafter_save (CalStore    *store,
                       CalPlan     *plan,
                       GListModel  *items,
                       GError     **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (CAL_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), FALSE);

  if (!cal_store_save_plan (store, plan, error))
    return FALSE;

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      CalPlanItem *item = g_list_model_get_item (items, i);

      cal_plan_item_set_plan_id (item, cal_plan_get_id (plan));
      g_ptr_array_add (objects, item);
    }

  if (objects->len > 0 && !cal_store_save_all (store, objects, error))
    {
      cal_store_delete_plan (store, cal_plan_get_id (plan), NULL);
      cal_plan_set_id (plan, 0);
      for (guint i = 0; i < objects->len; i++)
        cal_plan_item_set_plan_id (objects->pdata[i], 0);
      return FALSE;
    }

  return TRUE;
}
