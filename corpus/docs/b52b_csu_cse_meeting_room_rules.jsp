<%@ page contentType="text/html;charset=UTF-8" language="java" pageEncoding="utf-8" %>

<body>

<div>
    <table border="0" cellpadding="0" cellspacing="0"
           style="color:black; width: 100%; height: 820px; width:690px; margin: 10px auto 10px auto;">

        <tbody>
        <tr valign="top">
            <td colspan="2" style=" height:20px; border-top:solid 1px #ddd;">
                &nbsp;
            </td>
        </tr>
        <tr style="height:650px;" valign="top">
            <td colspan="2">
                <div style="width:690px;">

                    <title></title>

                    <div style="-ms-layout-grid: both loose 15.6pt none;">
                        <p align="center"
                           style="color:black; margin: 0cm 0cm 0pt; text-align: center; line-height: 29pt; mso-line-height-rule: exactly;">
                            <span style="font-size: 22pt;"><font face="宋体">中南大学计算机学院会议场地使用实施方案</font></span></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><span
                                lang="EN-US"
                                style="font-size: 16pt; font-style: normal; mso-bidi-font-style: italic;"><font
                                face="宋体">&nbsp;</font></span></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">为加强学院会议场地的规范化管理，确保会议场地合理有效使用，现结合学院实际情况，特制定本办法。</span></font>
                        </p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第一条	学院会议场地由综合办公室统一管理，负责使用登记与调度、设备维护等工作。会议涉及使用的设备设施由专人负责保管、管理与调试。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第二条	计算机学院会议场地原则上仅对计算机学院师生开放。校本部计算楼308为行政办公专用会议场地，优先行政办公会议，非工作时间未使用时可开放预约，计算机楼313为学术报告教室。系统试运行期间暂时仅开放校本部计算机楼308、313、212、206会议室预借。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第三条	计算机学院会议场地实行预约制。借用人登录“中南大学计算机学院会议场地管理系统”提交预约申请。账号为学工号，初始密码为csu（行政管理人员会议场地管理系统密码同行政管理系统密码一致），学生使用需由指导老师预约申请。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第四条	填写会议场地借用申请时，需填写借用人信息、使用时间、参会人数，是否使用多媒体等会议相关事项。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第五条	会议场地使用遵循先登记先使用、先紧急后一般的原则；若会议时间冲突，借用人可本着重要、紧急优先的原则自行协商解决。如遇特殊情况、紧急会议可先通知学院办公室负责人，开启会议场地先行使用，事后补办有关登记。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第六条	会议场地钥匙管理。计算机楼206、212钥匙由计算机楼物业管理员管理，计算机楼308、313由党政综合办唐珊老师管理。借用人需提前联系相关管理员于工作时间领取钥匙。会议场地钥匙使用结束后，须当即归还。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第七条	场地使用采用信用评分体系。用户年度初始值为10分。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第八条	借用人应在预约时间到达会议场地。若长时间未到达，该会议场地使用权则由院办另行安排，且积分扣2分。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第九条	如因特殊原因取消申请或更改，需至少提前一天登录管理系统操作变更，再次使用时，需重新申请。会议当天无法更改。若特殊原因会议当天临时取消，需到综合办公室办理临时取消，同一学期内临时取消申请三次以上，取消借用人本学期借用资格。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第十条	借用人应在会议期间倡导与会人员爱护公共设施，自觉维护会议场地环境卫生。会议结束，借用人须对会议场地进行及时整理，关闭投影仪、音响系统、空调、电灯，桌椅归位；确保各种电器断电、门窗关闭；地面、桌椅台面和桌椅内部干净整洁无杂物。如发现设备故障和公物损坏应及时告知学院办公室，以便及时修理。学院组织专人对会议室检查，不合格予以扣2分处理，积分为零时取消借用资格。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第十一条	任何单位与个人未经网上预约，不得擅自使用会议场地、不得擅自挪用会议场地多媒体设备和桌椅等物品。</span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="宋体"><span lang="EN-US" style="font-size: 16pt;"><span style="mso-spacerun: yes;">&nbsp;&nbsp;&nbsp; </span></span><span
                                style="font-size: 16pt;">第十二条	会议场地使用管理办法从发布即日起实施，解释权归计算机学院所有。 </span></font></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="等线"><span lang="EN-US"
                                                style="font-size: 16pt; mso-fareast-font-family: 仿宋_GB2312;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></font><span
                                style="font-family: 仿宋_GB2312; font-size: 16pt;"><font
                                face="宋体" style="float: right">中南大学计算机学院</font></span></p>

                        <p style="color:black; margin: 0cm 0cm 0pt; line-height: 29pt; mso-line-height-rule: exactly;"><font
                                face="等线"><span lang="EN-US"
                                                style="font-size: 16pt; mso-fareast-font-family: 仿宋_GB2312;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></font><font
                                face="宋体" style="float: right"><span lang="EN-US">2019</span><span
                                style="font-size: 16pt;">年<span lang="EN-US">10</span>月</span></font></p>
                    </div>


                </div>
            </td>
        </tr>
        <tr style="height:20px;">
            <td colspan="2">
            </td>
        </tr>
        </tbody>
    </table>
</div>

</body>