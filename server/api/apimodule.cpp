#include "apienvironment.h"

#include "serverstate.h"

Store& ApiModule::store() const
{
    return m_env->state.store;
}

void ApiModule::write(const ApiRequestPtr& request, const AuditNote& note, ApiWrite::Job job, ApiWrite::Done done) const
{
    ApiWrite::submit(m_env->state, request, note, std::move(job), std::move(done));
}
