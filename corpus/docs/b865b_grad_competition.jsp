<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<title>经济管理实验教学中心</title>
<link href="css/style.css" type="text/css" rel="stylesheet" />
<script src="js/jquery-1.8.2.min.js" type="text/javascript"></script>
<script src="js/Index.js" type="text/javascript"></script>
</head>
<body>
    <div class="headCenter" id="headCenter">
        <div class="headMenu" id="headMenu">
            <div class="headMenuTelLogo">
            </div>
            <div class="headMenuTelCenter">
                <div class="headMenu01" id="headMenu01">
                    中心服务热线
                </div>
                <div class="headMenu02" id="headMenu02">
                    0516-83591296
                </div>
            </div>
        </div>
        <div class="index_top_out">
            <div class="index_top">
                <div class="index_nav">
                    <ul>
                        <li><a href="index.html">首页</a> </li>
                        <li><a href="list1.html">中心概括</a>
                        	<ul>
                                <li><a href="Detail1.html" title="中心简介">中心简介</a></li>
                                <li><a href="Detail2.html" title="发展规划">发展规划</a></li>
                                <li><a href="Detail3.html" title="规章制度">规章制度</a></li>
                                <li><a href="Detail4.html" title="仪器设备">仪器设备</a></li>
                                <li><a href="Detail4.html" title="软件介绍">软件介绍</a></li>
                                <li><a href="Detail5.html" title="师资队伍">师资队伍</a></li>
                                <li><a href="Detail5.html" title="实验室资源">实验室资源</a></li>
                            </ul> 
                        </li>
                        <li><a href="list2.html">信息公示</a>
                        	<ul>
                                <li><a href="Detail6.html" title="新闻">新闻</a></li>
                                <li><a href="Detail7.html" title="通知公告">通知公告</a></li>
                            </ul> 
                        </li>
                        <li><a href="list3.html">成果与特色</a>
                        	<ul>
                                <li><a href="Detail8.html" title="双创动态">双创动态</a></li>
                            </ul> 
                        </li>
                        <li><a href="list4.html">示范与辐射</a> </li>
                        <li><a href="list5.html">实验教学</a>
                        	<ul>
                                <li><a href="Detail9.html" title="课程一览">课程一览</a></li>
                                <li><a href="Detail10.html" title="教学大纲">教学大纲</a></li>
                                <li><a href="Detail9.html" title="实验项目">实验项目</a></li>
                                <li><a href="Detail10.html" title="实验课件">实验课件</a></li>
                                <li><a href="Detail9.html" title="实验案例">实验案例</a></li>
                                <li><a href="Detail10.html" title="实验报告">实验报告</a></li>
                                <li><a href="Detail10.html" title="实验报告">视频教学</a></li>
                            </ul>
                        </li>
                        <li><a href="list6.html">教学改革</a>
                        	<ul>
                                <li><a href="Detail11.html" title="教改项目">教改项目</a></li>
                                <li><a href="Detail12.html" title="教学论文">教学论文</a></li>
                                <li><a href="Detail11.html" title="科研项目">科研项目</a></li>
                                <li><a href="Detail12.html" title="教材建设">教材建设</a></li>
                                <li><a href="Detail12.html" title="获奖">获奖</a></li>
                            </ul>
                        </li>
                        <li><a href="list7.html">下载中心</a></li>
                    </ul>
                </div>
            </div>
        </div>
    </div>
<div class="detail_center">
        <div class="detail_centerbg">
            <div class="list07">
                <div class="list07left list07left">
                    <h4 class="h4">
                        通知公告&nbsp;&nbsp;Announcements
                    </h4>
                </div>
                <div class="list07right list07right licon">
                    <span class="a13">当前位置：首页 > 通知公告</span>
                </div>
            </div>
            <div class="detail_title">
                <p class="title">
                    关于参加第一届全国农林院校研究生学术科技作品竞赛的通知</p>
                <br />
                <p>
                    <span class="blue">信息来源：</span>本站原创&nbsp;&nbsp;&nbsp;&nbsp; <span class="blue">发布日期：</span>2016-08-22&nbsp;&nbsp;&nbsp;&nbsp;
                    <span class="blue">浏览次数：</span>580
                </p>
            </div>
            <div class="detail_data">
                <div id="sub_text_area">
                    <p>
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">各学院：<span> &nbsp;&nbsp;</span></span>
                    </p>
                    <p>
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">&nbsp;&nbsp;
                        </span><span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">根据《关于举办第一届全国农林院校研究生学术科技作品竞赛的预通知》的要求，现将第一届全国农林院校研究生学术科技作品竞赛相关事项通知如下</span><b><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">： <span></span></span>
                        </b>
                    </p>
                    <p style="margin-left: 0cm; text-indent: 0cm;">
                        <b><span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">一、</span></b><b><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">竞赛宗旨<span></span></span></b>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%;">激励学科创新服务社会需求，推动人才培养加速成果转化。<b><span></span></b></span>
                    </p>
                    <p style="margin-left: 0cm; text-indent: 0cm;">
                        <b><span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">二、</span></b><b><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">作品要求<span></span></span></b>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">1.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">凡在<span>2016</span>年<span>10</span>月<span>1</span>日以前正式注册的全日制在读硕士和博士研究生都可申报参赛。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">2.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">申报参赛的作品分为科技发明制作、自然科学类学术论文、哲学社会科学类社会调查报告和学术论文三类。哲学社会科学类社会调查报告和学术论文限定在经济、社会、法律、管理<span>4</span>个学科内，且内容与“三农”问题相关。鼓励紧密围绕农林环境保护与可持续发展、国家粮食安全和农业安全、人类的营养与健康等重大选题，在农学、林学、生命科学和农业工程等领域开展创新研究，在农业与生命科学、资源与环境科学、信息与计算机科学、农业工程与自动化科学、经济管理与社会科学领域形成的具有重要理论价值或重大生产实际意义和有望实现产业化的成果。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">3.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">申报参赛的作品必须是申报参赛当年<span>10</span>月<span>1</span>日前两年内完成的学生学术科技或调研实践活动成果。毕业论文、学年论文和学位论文、国际竞赛中获奖的作品、获国家级奖励成果（含参与过其他全国性竞赛的获奖作品）等均不在申报范围之列。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">4.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">申报者必须为作品认定证书、专利证书、调研报告及发表论文等有关作品上的署名第一作者（学生第一作者），合作者必须是学生且不得超过<span>4</span>人。凡有合作者的作品，均按学历最高的作者分类参加硕士研究生或博士研究生类别进行评审。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">5.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">参赛作品必须由一名具有高级专业技术职称的指导教师推荐。<b><span></span></b></span>
                    </p>
                    <p style="margin-left: 0cm; text-indent: 0cm;">
                        <b><span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">三、</span></b><b><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">申报要求<span></span></span></b>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">1.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">参赛作品申报书统一使用《全国农林院校研究生学术科技作品竞赛作品申报书》（见附件<span>6</span>）。
                            <span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">2.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">作品申报书中，自然科学类学术论文申报表中的作品分类栏须由作者按作品的学术方向或所涉及的主要学科领域据实填写。作品申报书中的科技发明制作申报表相关内容需填写完整，并提交时附研究报告、图表、曲线、试验数据、原理结构图、外观图或照片，也可附鉴定证书和应用证书电子版。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">3.</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">哲学社会科学类参赛作品，论文类每篇在<span>8000</span>字以内，调查报告类每篇在<span>15000</span>字以内。作品字数超过限额<span>50%</span>的将直接淘汰。<b><span></span></b></span>
                    </p>
                    <p style="margin-left: 0cm; text-indent: 0cm;">
                        <b><span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">四、</span></b><b><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">评选办法与审批程序<span></span></span></b>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">1</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>9</span>月<span>12</span>日—<span>10</span>月<span>10</span>日：各学院组织作品的征集、汇总、初评、推荐及资格审查等工作。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">2</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>10</span>月<span>11</span>日—<span>10</span>月<span>14</span>日：校级评审，评选出<span>6</span>件作品。（注：预通知规定，每个学校选送参加竞赛的作品总数不得超过<span>6</span>件）<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">3</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>10</span>月<span>17</span>日—<span>10</span>月<span>20</span>日：校内公示。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">4</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>10</span>月<span>23</span>日：我校将申报项目汇总表及各项目作品申报书及作品（一式三份）整理分类，报送至竞赛办公室。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">5</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>11</span>月<span>1</span>日至<span>11</span>月<span>18</span>日：第一届全国农林院校研究生学术科技作品竞赛组织委员会组织专家学者组成专家评审委员会。通过评审，评选出本届竞赛二、三等奖并公布入围特等奖、一等奖答辩的作品名单。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">6</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>11</span>月<span>19</span>日至<span>12</span>月<span>5</span>日：入围特等奖、一等奖答辩的参赛团队继续完善作品。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">7</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>12</span>月<span>8</span>日—<span>12</span>月<span>9</span>日：</span><span
                                style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">第一届全国农林院校研究生学术科技作品竞赛组织委员会</span><span
                                    style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">将组织特等奖、一等奖答辩，专家评审委员会通过书面评审和答辩两个环节，评选出特等奖、一等奖作品。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">8</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>12</span>月：依据工作情况和评审结果，</span><span
                                style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">第一届全国农林院校研究生学术科技作品竞赛组织委员会</span><span
                                    style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">开展各级总结表彰工作。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">9</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">、<span>12</span>月：</span><span
                                style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">第一届全国农林院校研究生学术科技作品竞赛组织委员会</span><span
                                    style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">拟举办作品展览展示和成果推介会，集中展示优秀作品，邀请科技水平高、实力强的农林类相关企业参与到比赛中，帮扶重点项目投入市场，将成熟有市场的作品产业化，完善良性循环的产学研转化体系。同时，依据企业需求及人才培养需要，做好参赛学生与企业的互动对接。<span></span></span>
                    </p>
                    <p style="margin-left: 0cm; text-indent: 0cm;">
                        <b><span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">五、</span></b><b><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">奖项设置<span></span></span></b>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">第一届全国农林院校研究生学术科技作品竞赛组织委员会</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">设特、一、二、三等奖，奖项比例分别为入围决赛作品的<span>5%</span>、<span>10%</span>、<span>35%</span>、<span>50%</span>。自然科学类学术论文、哲学社会科学类社会调查报告和学术论文类分别按上述比例设奖，硕士研究生、博士研究生两个学历层次作者的各等级作品获奖数与入围评审作品比例基本一致。<span></span></span>
                    </p>
                    <p style="text-indent: 28.0pt;">
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">参加决赛的作品，确认资格有效的，由</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">第一届全国农林院校研究生学术科技作品竞赛组织委员会</span><span
                                style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">向作者颁发证书，并颁发相应的奖金。特等奖<span>10</span>个，<span>10000
                                    RMB/</span>件；一等奖<span>20</span>个，<span>5000 RMB/</span>件。<span></span></span>
                    </p>
                    <p style="margin-left: 0cm; text-indent: 0cm;">
                        <b><span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">六、</span></b><b><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">联系方式<span></span></span></b>
                    </p>
                    <p>
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">&nbsp;&nbsp;</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">联系人：华江峰；<span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                            </span></span>
                    </p>
                    <p>
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">&nbsp;&nbsp;</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">地址：老图书馆<span>331;
                            </span></span>
                    </p>
                    <p>
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">&nbsp;&nbsp;</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">联系电话：<span>85427961</span></span>
                    </p>
                    <p>
                        <span style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">&nbsp;&nbsp;</span><span
                            style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;">邮箱：<span>yjsytw@163.com</span></span><span
                                style="font-size: 14.0pt; line-height: 200%; font-family: 仿宋;"></span>
                    </p>
                </div>
            </div>
            <div class="detail_foot">
                <p>
                    图书与信息中心</p>
                <p>
                    2016-06-22</p>
                <br />
                <br />
                <br />
                <p>
                    <a href="#" class="a14 underline">上一篇：关于招募选拔青年志愿者组建研究生支教团的通知</a> <a href="#" class="a14 underline right">
                        下一篇：关于征集“林科研究生绿色行”科普示范活动的通知</a>
                </p>
            </div>
        </div>
    </div>

    <div class="foot">
        <div class="foot_main">
            <p>
                <label>
                    版权所有：中国矿业大学管理学院实验中心
                </label>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                <label>
                    联系电话：0516-83591296
                </label>
            </p>
            <p>
                <label>
                    地址：江苏省徐州市中国矿业大学管理学院
                </label>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
              
            </p>
        </div>
    </div>
</body>
</html>