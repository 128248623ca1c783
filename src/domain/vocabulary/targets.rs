//! What the grant is for and what it is not for: the targets a call offers and the areas it
//! excludes, by stable id.

use crate::domain::vocabulary::citation::Citation;
use serde::{Deserialize, Serialize};

/// The targets the calls offer: the joint projects call's six ("Avustuksen kohteet", 004) and call
/// I's two ("Avustuksen kohteena voivat olla", 000). Which a call offers is in its profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    CustomerOrientedProcesses,
    CommonDataDefinitions,
    ElectronicStatutoryServices,
    KnowledgeManagement,
    StrategicProcesses,
    NewTechnologies,
    /// Call I: automating the municipality's financial administration processes and the information
    /// management that supports them.
    FinanceAutomation,
    /// Call I: other measures that create or improve the municipality's capacity to digitise data
    /// and use it in knowledge-based management.
    DataCapability,
}

impl Target {
    pub const ALL: [Target; 8] = [
        Target::CustomerOrientedProcesses,
        Target::CommonDataDefinitions,
        Target::ElectronicStatutoryServices,
        Target::KnowledgeManagement,
        Target::StrategicProcesses,
        Target::NewTechnologies,
        Target::FinanceAutomation,
        Target::DataCapability,
    ];

    /// The identifier stored in drafts, exports and call profiles.
    pub fn id(self) -> &'static str {
        match self {
            Target::CustomerOrientedProcesses => "customer-oriented-processes",
            Target::CommonDataDefinitions => "common-data-definitions",
            Target::ElectronicStatutoryServices => "electronic-statutory-services",
            Target::KnowledgeManagement => "knowledge-management",
            Target::StrategicProcesses => "strategic-processes",
            Target::NewTechnologies => "new-technologies",
            Target::FinanceAutomation => "finance-automation",
            Target::DataCapability => "data-capability",
        }
    }

    pub fn from_id(id: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// The areas the call excludes ("avustusta ei voinut hakea").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exclusion {
    SocialAndHealthCare,
    BuiltEnvironment,
    CaseManagementOrArchiving,
    SystemProcurementOnly,
    HardwareProcurement,
}

impl Exclusion {
    pub const ALL: [Exclusion; 5] = [
        Exclusion::SocialAndHealthCare,
        Exclusion::BuiltEnvironment,
        Exclusion::CaseManagementOrArchiving,
        Exclusion::SystemProcurementOnly,
        Exclusion::HardwareProcurement,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Exclusion::SocialAndHealthCare => "social-and-health-care",
            Exclusion::BuiltEnvironment => "built-environment",
            Exclusion::CaseManagementOrArchiving => "case-management-or-archiving",
            Exclusion::SystemProcurementOnly => "system-procurement-only",
            Exclusion::HardwareProcurement => "hardware-procurement",
        }
    }

    pub fn from_id(id: &str) -> Option<Exclusion> {
        Exclusion::ALL.into_iter().find(|e| e.id() == id)
    }
}

/// An exclusion of a call and the passage that states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExclusionRule {
    pub exclusion: Exclusion,
    pub citation: Citation,
}
