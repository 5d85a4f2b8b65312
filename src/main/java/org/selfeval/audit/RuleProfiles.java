package org.selfeval.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads a {@link RuleProfile} from its JSON resource under {@code org/selfeval/audit/profiles/}. */
final class RuleProfiles {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RuleProfiles() {
    }

    static RuleProfile load(String id) {
        String resource = "profiles/" + id + ".json";
        try (InputStream in = RuleProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少审核规则配置文件：" + resource);
            }
            RuleProfile profile = MAPPER.readValue(in, RuleProfile.class);
            if (!id.equals(profile.id())) {
                throw new IllegalStateException("审核规则配置文件 " + resource + " 的 id 应为 " + id + "，实为 " + profile.id());
            }
            return profile;
        } catch (IOException e) {
            throw new IllegalStateException("审核规则配置文件 " + resource + " 无法读取：" + e.getMessage(), e);
        }
    }
}
