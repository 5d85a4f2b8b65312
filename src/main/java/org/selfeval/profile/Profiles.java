package org.selfeval.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads a {@link RegionalProfile} from its JSON resource under {@code org/selfeval/profile/}. */
final class Profiles {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Profiles() {
    }

    static RegionalProfile load(String id) {
        String resource = id + ".json";
        try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少地区配置文件：" + resource);
            }
            var tree = MAPPER.readTree(in);
            for (String required : new String[] {"outline", "gradeBands", "projectForm"}) {
                if (!tree.hasNonNull(required)) {
                    throw new IllegalStateException("地区配置文件 " + resource + " 缺少 " + required);
                }
            }
            RegionalProfile profile = MAPPER.treeToValue(tree, RegionalProfile.class);
            if (!id.equals(profile.id())) {
                throw new IllegalStateException("地区配置文件 " + resource + " 的 id 应为 " + id + "，实为 " + profile.id());
            }
            return profile;
        } catch (IOException e) {
            throw new IllegalStateException("地区配置文件 " + resource + " 无法读取：" + e.getMessage(), e);
        }
    }
}
