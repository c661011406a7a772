/* cal-plan-drafter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-catalog.h"
#include "cal-job.h"
#include "cal-plan.h"
#include "cal-plan-item.h"
#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_PLAN_DRAFTER_ERROR (cal_plan_drafter_error_quark ())

/**
 * CalPlanDrafterError:
 * @CAL_PLAN_DRAFTER_ERROR_NO_ANALYSIS: the job has no stored analysis of
 *   its job description, so there is nothing to seed the plan from
 * @CAL_PLAN_DRAFTER_ERROR_INVALID_ANALYSIS: the stored analysis is damaged
 */
typedef enum
{
  CAL_PLAN_DRAFTER_ERROR_NO_ANALYSIS,
  CAL_PLAN_DRAFTER_ERROR_INVALID_ANALYSIS,
} CalPlanDrafterError;

GQuark cal_plan_drafter_error_quark (void);

/**
 * CalPlanKind:
 * @CAL_PLAN_KIND_INDIVIDUAL: an individual contributor: learn the codebase,
 *   ship a first improvement, then own something
 * @CAL_PLAN_KIND_MANAGER: a people manager: meet every report, learn the
 *   delivery process, fix one team pain
 * @CAL_PLAN_KIND_EXECUTIVE: a director, VP or above: diagnose teams, hiring,
 *   delivery and strategy
 * @CAL_PLAN_KIND_PRODUCT: a product manager: learn customers and metrics,
 *   then place a roadmap bet
 *
 * The shape of a drafted plan, chosen from the job's track and level.
 */
typedef enum
{
  CAL_PLAN_KIND_INDIVIDUAL,
  CAL_PLAN_KIND_MANAGER,
  CAL_PLAN_KIND_EXECUTIVE,
  CAL_PLAN_KIND_PRODUCT,
} CalPlanKind;

const char  *cal_plan_kind_to_string   (CalPlanKind   kind);
CalPlanKind  cal_plan_drafter_kind_for (CalCatalog   *catalog,
                                        const char   *track,
                                        const char   *level);
CalPlan     *cal_plan_drafter_draft    (CalCatalog   *catalog,
                                        CalJob       *job,
                                        GListModel  **items,
                                        GError      **error);
gboolean     cal_plan_drafter_save     (CalStore     *store,
                                        CalPlan      *plan,
                                        GListModel   *items,
                                        GError      **error);

G_END_DECLS
