import {Component} from "react";
import {Image, View} from "@tarojs/components";
import './index.scss'

class index extends Component{
    render() {
        return(
            <View className='index'>
                <View className='at-article'>
                    <View className='at-article__h2'>
                        中医药健康管理服务规范
                    </View>
                    <View className='at-article__info'>
                        河北省中医药管理局&nbsp;
                        2017-05-07&nbsp;&nbsp;&nbsp;11:02:17
                    </View>
                    <View className='at-article__content'>
                        <View className='at-article__section'>
                            <View className='at-article__p'>
                                老年人中医药健康管理服务
                            </View>
                            <View className='at-article__p'>
                                一、服务对象
                                辖区内65岁及以上常住居民。
                            </View>
                            <View className='at-article__p'>
                                二、服务内容
                                每年为65岁及以上老年人提供1次中医药健康管理服务,内容包括中医体
                                质辨识和中医药保健指导。(一)中医体质辨识
                                按照老年人中医药健康管理服务记录表前33项问题采集信息,根据体质判
                                定标准进行体质辨识，并将辨识结果告知服务对象。(二）中医药保健指导
                                根据不同体质从情志调摄、饮食调养、起居调摄、运动保健、穴位保健等方
                                面进行相应的中医药保健指导。
                            </View>
                            <View className='at-article__p'>
                                三、服务要求
                                (一）开展老年人中医药健康管理服务可结合老年人健康体检和慢性病患者
                                管理及日常诊疗时间。
                                (二）开展老年人中医药健康管理服务的乡镇卫生院、村卫生室和社区卫生
                                服务中心(站)应当具备相应的设备和条件。有条件
                                的地区应利用信息化手段开
                                展老年人中医药健康管理服务。
                                (三)开展老年人中医体质辨识工作的人员应当为接受过老年人中医药知识
                                和技能培训的卫生技术人员。开展老年人中医药保健
                                采假津
                                指导工作的人员应当为中医
                                类别执业(助理)医师或接受过中医药知识和技能专门培训能够提供上述服务的
                                其他类别医师(含乡村医生)。
                                (四)服务机构要加强与村(居)委会、派出所等相关部门的联系,掌握辖
                                区内老年人口信息变化。
                                (五)服务机构要加强宣传,告知服务内容,使更多的老年人愿意接受服务。
                                (六)每次服务后要及时、完整记录相关信息，纳入老年人健康档案。
                            </View>
                            <View className='at-article__p'>
                                四、工作指标
                                (一)老年人中医药健康管理率=年内接受中医药健康管理服务的65岁及
                                以上居民数/年内辖区内65岁及以上常住居民数x100%。
                            </View>
                            <View className='at-article__p'>
                                注:接受中医药健康管理是指建立了健康档案、接受了中医体质辨识、中医
                                药保健指导、服务记录表填写完整。
                            </View>
                            <View className='at-article__p'>
                                附件：
                            </View>
                        </View>
                    </View>
                </View>
                <View className='a'>
                    <text className='text'>
                        1.傲娇我配合提供机票
                    </text>
                </View>
                <View className='a'>
                    <text className='text'>
                        2.阿红i晚饭后i啊
                    </text>
                </View>
            </View>
        )
    }
}

export default index