export { disableAccount, enableAccount, resendVerification } from "./people";
export { personById, searchPeople } from "./read";
export { setStaffRole } from "./staff-roles";
