<%@LANGUAGE="VBSCRIPT" CODEPAGE="936"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>网站管理办法</title>
</head>

<body>
<div align="left">
<pre>
<div align="center">网站管理办法</div>
　　第一条　为加强网站的管理，树立良好的企业形象，保证信息的安全，根据IDC办公室有
关文件规定，结合实际制定本办法。
　　第二条　本办法适用于参与公司网站管理的人员及其公司所有员工。
　　第三条　每个网站都设立主负责人（各网站主负责人明细：附件1），主负责人负责网站
信息的搜集、整理和发布及其他相关事务，并对信息的安全性和有效性直接负责；相关部门
配合工作；主负责人负责管理网络办公的登录名和密码，不得公开和泄漏。<font color="#FF0000">公司员工不得自
行进入网站后台进行任何操作！</font>
　　第四条　各网站各栏目应保持及时更新，对长期不进行更新的栏目，该网站主责部门负
责人应及时管理修改。
　　第五条　凡在公司网站各栏目公开发布的信息，申请人必须填写《信息发布审批单》，
认真审核，签署意见，经公司主管领导审批，交综管部建立信息档案。
　　第六条　各网站主负责人和员工必须遵守网站的各项规章制度。凡发现有以下行为之一
者属于一般性违规：
　　       1、未经网站主负责人和主管领导批准擅自发布信息的，未造成公司或个人信誉、
              经济利益及名誉损失的；
　　       2、若网站主负责人未履行审查职能而发布虚假信息，未造成公司或个人信誉、
              经济利益及名誉损失的； 
　　       3、擅自利用公司网站存储空间谋取私利的；
　　       4、擅自修改网站网页源代码，影响网站浏览速度的；
　　       5、无能力履行网站主负责人的。
　　第七条　凡有以下行为之一者，都属于严重违规；给公司或个人造成信誉、经济利益损
失的，属于计算机犯罪，应予以法律上的制裁：
　　       1、发布涉及公司商业秘密、国家机密和个人隐私的信息；
　　       2、擅自链接色情、反动、暴力等非法网站的；
　　       3、擅自发布涉及“法轮功”等反动异端邪说的信息；
　　       4、刻意更改网页源代码，造成网站整体崩溃的；
　　       5、利用网站空间进行非法交易的；
　　       6、故意制作、散布计算机病毒，造成信息损失或计算机硬件损失的；
　　       <font color="#FF0000">7、泄露网站操作密码的；</font>
　　       8、其他涉及公司网站安全的行为。
　　第十四条　对于一般违规人员，网站主负责人会在OA办公系统中进行通报批评；对于严重
违规人员，网站主负责人应及时报请公司主管领导给予行政或经济上的处罚，涉及犯罪的，移
交公安机关，依法追究其法律责任。
　　第十六条　保密人员要对各网站的信息档案进行检查，对符合保密要求的文档，应及时通
知网站主负责人，责令其限期整改，并对泄密程度进行评估；造成重大泄密事件的，对相关
责任人进行处理。
　　第十七条　本办法自发布之日起执行。
　　第十八条　本办法由综合管理部负责解释。
    附件1：
<div align="center">
<table   border="1" cellpadding="1" cellspacing="0" width="560">
<tr><td>网站中文名</td><td>网 站 域 名</td><td>放 置 位 置</td><td>主负责人</td></tr>
<tr><td>北京大学数字中国研究院</td><td>	<font color="#0000FF">http://digitalchina.pku.edu.cn</font></td><td>	遥感楼310室</td><td>彭 宁</tr>
<tr><td>实验室内部OA智能办公化系统</td><td>	<font color="#0000FF">http://geosis.pku.edu.cn/innergeosis/oa/main.asp</font></td><td>遥感楼310室</td><td>彭 宁</tr>
<tr><td>数字中国发展高层论坛（DCDF）</td><td>	<font color="#0000FF">http://www.dcdf2008.cn</font></td><td>遥感楼310室</td><td>彭 宁</tr>
<tr><td>GeoSIS实验室</td><td>	<font color="#0000FF">http://geosis.pku.edu.cn</font></td><td>遥感楼310室</td><td>赵师军</tr>
<tr><td>卫星导航网GNSS</td><td>	<font color="#0000FF">http://gnss.pku.edu.cn</font></td><td>遥感楼511室</td><td>张 莹</tr>
<tr><td>北京方位科技有限公司</td><td><font color="#0000FF">http://www.foundway.com.cn</font></td><td>四川基地</td><td>刘浩东</tr>
</table>
</div>
</pre>
</div>
</body>
</html>
