/* cal-cli-plan.c: calibrd-cli plan draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-plan-drafter.h"
#include "cal-plan-text.h"
#include "cal-store.h"

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

static JsonNode *
plan_to_json (CalPlan     *plan,
              CalPlanKind  kind,
              GListModel  *items)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  guint n = g_list_model_get_n_items (items);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, cal_plan_get_id (plan));
  json_builder_set_member_name (b, "job_id");
  json_builder_add_int_value (b, cal_plan_get_job_id (plan));
  add_string (b, "title", cal_plan_get_title (plan));
  add_string (b, "kind", cal_plan_kind_to_string (kind));
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, cal_plan_item_get_id (item));
      add_string (b, "phase", cal_plan_item_get_phase (item));
      json_builder_set_member_name (b, "position");
      json_builder_add_int_value (b, cal_plan_item_get_position (item));
      json_builder_set_member_name (b, "priority");
      json_builder_add_int_value (b, cal_plan_item_get_priority (item));
      add_string (b, "title", cal_plan_item_get_title (item));
      add_string (b, "detail", cal_plan_item_get_detail (item));
      add_string (b, "rationale", cal_plan_item_get_rationale (item));
      add_string (b, "stakeholder", cal_plan_item_get_stakeholder (item));
      add_string (b, "product_area", cal_plan_item_get_product_area (item));
      add_string (b, "outcome", cal_plan_item_get_outcome (item));
      add_string (b, "source_phrase", cal_plan_item_get_source_phrase (item));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static int
plan_draft (CalCli *cli,
            int     argc,
            char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(CalPlan) plan = NULL;
  g_autoptr(GListModel) items = NULL;
  gint64 job_id = 0;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--job") && i + 1 < argc)
        {
          char *end = NULL;

          job_id = g_ascii_strtoll (argv[++i], &end, 10);
          if (end == NULL || *end != '\0' || job_id <= 0)
            return cal_cli_usage (_("--job needs a job id such as 3, not “%s”"), argv[i]);
        }
      else
        return cal_cli_usage (_("Usage: calibrd-cli plan draft --job ID"));
    }
  if (job_id == 0)
    return cal_cli_usage (_("Usage: calibrd-cli plan draft --job ID"));

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  job = cal_store_get_job (store, job_id, &error);
  if (job == NULL)
    return cal_cli_fail (error);

  plan = cal_plan_drafter_draft (NULL, job, &items, &error);
  if (plan == NULL)
    return cal_cli_fail (error);

  if (!cal_plan_drafter_save (store, plan, items, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      CalPlanKind kind = cal_plan_drafter_kind_for (NULL, cal_job_get_track (job), cal_job_get_level (job));
      g_autoptr(JsonNode) node = plan_to_json (plan, kind, items);

      cal_cli_print_json (node);
    }
  else
    {
      g_autofree char *text = cal_plan_to_markdown (plan, items, job);

      g_print ("%s\n", text);
      /* Translators: after a drafted plan; both numbers are the plan's id */
      g_print (_("Stored as plan %lld. Export it with: calibrd-cli export plan --plan %lld -o plan.pdf\n"),
               (long long) cal_plan_get_id (plan), (long long) cal_plan_get_id (plan));
    }

  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_plan:
 *
 * `calibrd-cli plan draft --job ID`: drafts a first-90-days plan from the
 * job's analysis, stores it and prints it (as Markdown, or as JSON with
 * --json). Nothing is stored when drafting fails.
 */
int
cal_cli_plan (CalCli  *cli,
              int      argc,
              char   **argv)
{
  if (argc < 2)
    return cal_cli_usage (_("Usage: calibrd-cli plan draft --job ID"));

  if (g_str_equal (argv[1], "draft"))
    return plan_draft (cli, argc, argv);

  return cal_cli_usage (_("Unknown plan command “%s”; use draft"), argv[1]);
}
